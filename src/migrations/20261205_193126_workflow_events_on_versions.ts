import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`issues\` ADD \`workflow_event\` text;`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`workflow_event_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`issues_workflow_event_by_idx\` ON \`issues\` (\`workflow_event_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_workflow_event\` text;`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_workflow_event_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_workflow_event_by_idx\` ON \`_issues_v\` (\`version_workflow_event_by_id\`);`)
  await db.run(sql`ALTER TABLE \`items\` ADD \`workflow_event\` text;`)
  await db.run(sql`ALTER TABLE \`items\` ADD \`workflow_event_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`items_workflow_event_by_idx\` ON \`items\` (\`workflow_event_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_items_v\` ADD \`version_workflow_event\` text;`)
  await db.run(sql`ALTER TABLE \`_items_v\` ADD \`version_workflow_event_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_workflow_event_by_idx\` ON \`_items_v\` (\`version_workflow_event_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_issues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'planning',
  	\`created_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`submitted_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`assigned_reviewer_id\` integer,
  	\`deadline\` text,
  	\`review_deadline\` text,
  	\`scheduled_publish_at\` text,
  	\`published_at\` text,
  	\`withdrawal_reason\` text,
  	\`footnote_numbers\` text,
  	\`series_id\` integer,
  	\`year\` numeric,
  	\`number\` numeric,
  	\`label\` text,
  	\`title\` text,
  	\`publication_date\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`series_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_issues\`("id", "workflow_state", "created_by_id", "last_edited_by_id", "submitted_by_id", "approved_by_id", "assigned_reviewer_id", "deadline", "review_deadline", "scheduled_publish_at", "published_at", "withdrawal_reason", "footnote_numbers", "series_id", "year", "number", "label", "title", "publication_date", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "created_by_id", "last_edited_by_id", "submitted_by_id", "approved_by_id", "assigned_reviewer_id", "deadline", "review_deadline", "scheduled_publish_at", "published_at", "withdrawal_reason", "footnote_numbers", "series_id", "year", "number", "label", "title", "publication_date", "updated_at", "created_at", "_status" FROM \`issues\`;`)
  await db.run(sql`DROP TABLE \`issues\`;`)
  await db.run(sql`ALTER TABLE \`__new_issues\` RENAME TO \`issues\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`issues_workflow_state_idx\` ON \`issues\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`issues_created_by_idx\` ON \`issues\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_last_edited_by_idx\` ON \`issues\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_submitted_by_idx\` ON \`issues\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_approved_by_idx\` ON \`issues\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_assigned_reviewer_idx\` ON \`issues\` (\`assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_series_idx\` ON \`issues\` (\`series_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_updated_at_idx\` ON \`issues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`issues_created_at_idx\` ON \`issues\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`issues__status_idx\` ON \`issues\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`series_year_number_idx\` ON \`issues\` (\`series_id\`,\`year\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`__new__issues_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'planning',
  	\`version_created_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_approved_by_id\` integer,
  	\`version_assigned_reviewer_id\` integer,
  	\`version_deadline\` text,
  	\`version_review_deadline\` text,
  	\`version_scheduled_publish_at\` text,
  	\`version_published_at\` text,
  	\`version_withdrawal_reason\` text,
  	\`version_footnote_numbers\` text,
  	\`version_series_id\` integer,
  	\`version_year\` numeric,
  	\`version_number\` numeric,
  	\`version_label\` text,
  	\`version_title\` text,
  	\`version_publication_date\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assigned_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_series_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__issues_v\`("id", "parent_id", "version_workflow_state", "version_created_by_id", "version_last_edited_by_id", "version_submitted_by_id", "version_approved_by_id", "version_assigned_reviewer_id", "version_deadline", "version_review_deadline", "version_scheduled_publish_at", "version_published_at", "version_withdrawal_reason", "version_footnote_numbers", "version_series_id", "version_year", "version_number", "version_label", "version_title", "version_publication_date", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_created_by_id", "version_last_edited_by_id", "version_submitted_by_id", "version_approved_by_id", "version_assigned_reviewer_id", "version_deadline", "version_review_deadline", "version_scheduled_publish_at", "version_published_at", "version_withdrawal_reason", "version_footnote_numbers", "version_series_id", "version_year", "version_number", "version_label", "version_title", "version_publication_date", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_issues_v\`;`)
  await db.run(sql`DROP TABLE \`_issues_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__issues_v\` RENAME TO \`_issues_v\`;`)
  await db.run(sql`CREATE INDEX \`_issues_v_parent_idx\` ON \`_issues_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_workflow_state_idx\` ON \`_issues_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_created_by_idx\` ON \`_issues_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_last_edited_by_idx\` ON \`_issues_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_submitted_by_idx\` ON \`_issues_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_approved_by_idx\` ON \`_issues_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_assigned_reviewer_idx\` ON \`_issues_v\` (\`version_assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_series_idx\` ON \`_issues_v\` (\`version_series_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_updated_at_idx\` ON \`_issues_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_created_at_idx\` ON \`_issues_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version__status_idx\` ON \`_issues_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_created_at_idx\` ON \`_issues_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_updated_at_idx\` ON \`_issues_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_latest_idx\` ON \`_issues_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_series_version_year_version_number_idx\` ON \`_issues_v\` (\`version_series_id\`,\`version_year\`,\`version_number\`);`)
  await db.run(sql`CREATE TABLE \`__new_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`created_by_id\` integer,
  	\`last_edited_by_id\` integer,
  	\`submitted_by_id\` integer,
  	\`approved_by_id\` integer,
  	\`assigned_reviewer_id\` integer,
  	\`title\` text,
  	\`title_en\` text,
  	\`slug\` text,
  	\`issue_id\` integer,
  	\`section_id\` integer,
  	\`position\` numeric,
  	\`summary\` text,
  	\`body\` text,
  	\`published_in_journal\` text,
  	\`published_in_date\` text,
  	\`published_in_article_title\` text,
  	\`published_in_doi\` text,
  	\`published_in_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assigned_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`issue_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_items\`("id", "workflow_state", "created_by_id", "last_edited_by_id", "submitted_by_id", "approved_by_id", "assigned_reviewer_id", "title", "title_en", "slug", "issue_id", "section_id", "position", "summary", "body", "published_in_journal", "published_in_date", "published_in_article_title", "published_in_doi", "published_in_url", "updated_at", "created_at", "_status") SELECT "id", "workflow_state", "created_by_id", "last_edited_by_id", "submitted_by_id", "approved_by_id", "assigned_reviewer_id", "title", "title_en", "slug", "issue_id", "section_id", "position", "summary", "body", "published_in_journal", "published_in_date", "published_in_article_title", "published_in_doi", "published_in_url", "updated_at", "created_at", "_status" FROM \`items\`;`)
  await db.run(sql`DROP TABLE \`items\`;`)
  await db.run(sql`ALTER TABLE \`__new_items\` RENAME TO \`items\`;`)
  await db.run(sql`CREATE INDEX \`items_workflow_state_idx\` ON \`items\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`items_created_by_idx\` ON \`items\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`items_last_edited_by_idx\` ON \`items\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`items_submitted_by_idx\` ON \`items\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`items_approved_by_idx\` ON \`items\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`items_assigned_reviewer_idx\` ON \`items\` (\`assigned_reviewer_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`items_slug_idx\` ON \`items\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`items_issue_idx\` ON \`items\` (\`issue_id\`);`)
  await db.run(sql`CREATE INDEX \`items_section_idx\` ON \`items\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`items_updated_at_idx\` ON \`items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`items_created_at_idx\` ON \`items\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`items__status_idx\` ON \`items\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__items_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_created_by_id\` integer,
  	\`version_last_edited_by_id\` integer,
  	\`version_submitted_by_id\` integer,
  	\`version_approved_by_id\` integer,
  	\`version_assigned_reviewer_id\` integer,
  	\`version_title\` text,
  	\`version_title_en\` text,
  	\`version_slug\` text,
  	\`version_issue_id\` integer,
  	\`version_section_id\` integer,
  	\`version_position\` numeric,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_published_in_journal\` text,
  	\`version_published_in_date\` text,
  	\`version_published_in_article_title\` text,
  	\`version_published_in_doi\` text,
  	\`version_published_in_url\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_assigned_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_issue_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__items_v\`("id", "parent_id", "version_workflow_state", "version_created_by_id", "version_last_edited_by_id", "version_submitted_by_id", "version_approved_by_id", "version_assigned_reviewer_id", "version_title", "version_title_en", "version_slug", "version_issue_id", "version_section_id", "version_position", "version_summary", "version_body", "version_published_in_journal", "version_published_in_date", "version_published_in_article_title", "version_published_in_doi", "version_published_in_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_workflow_state", "version_created_by_id", "version_last_edited_by_id", "version_submitted_by_id", "version_approved_by_id", "version_assigned_reviewer_id", "version_title", "version_title_en", "version_slug", "version_issue_id", "version_section_id", "version_position", "version_summary", "version_body", "version_published_in_journal", "version_published_in_date", "version_published_in_article_title", "version_published_in_doi", "version_published_in_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_items_v\`;`)
  await db.run(sql`DROP TABLE \`_items_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__items_v\` RENAME TO \`_items_v\`;`)
  await db.run(sql`CREATE INDEX \`_items_v_parent_idx\` ON \`_items_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_workflow_state_idx\` ON \`_items_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_created_by_idx\` ON \`_items_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_last_edited_by_idx\` ON \`_items_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_submitted_by_idx\` ON \`_items_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_approved_by_idx\` ON \`_items_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_assigned_reviewer_idx\` ON \`_items_v\` (\`version_assigned_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_slug_idx\` ON \`_items_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_issue_idx\` ON \`_items_v\` (\`version_issue_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_section_idx\` ON \`_items_v\` (\`version_section_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_updated_at_idx\` ON \`_items_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_created_at_idx\` ON \`_items_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version__status_idx\` ON \`_items_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_created_at_idx\` ON \`_items_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_updated_at_idx\` ON \`_items_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_latest_idx\` ON \`_items_v\` (\`latest\`);`)
}
