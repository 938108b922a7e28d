import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`review_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`quote\` text,
  	\`resolved\` integer DEFAULT false,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_comments_author_idx\` ON \`review_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_updated_at_idx\` ON \`review_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_created_at_idx\` ON \`review_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_comments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`items_id\` integer,
  	\`issues_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`review_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`items_id\`) REFERENCES \`items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`issues_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`review_comments_rels_order_idx\` ON \`review_comments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_parent_idx\` ON \`review_comments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_path_idx\` ON \`review_comments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_items_id_idx\` ON \`review_comments_rels\` (\`items_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_issues_id_idx\` ON \`review_comments_rels\` (\`issues_id\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`document_collection\` text NOT NULL,
  	\`document_i_d\` text NOT NULL,
  	\`document_title\` text,
  	\`action\` text NOT NULL,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`actor_id\` integer,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_document_i_d_idx\` ON \`audit_log\` (\`document_i_d\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_actor_idx\` ON \`audit_log\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`workflow_state\` text DEFAULT 'planning';`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`published_at\` text;`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`issues\` ADD \`footnote_numbers\` text;`)
  await db.run(sql`CREATE INDEX \`issues_workflow_state_idx\` ON \`issues\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`issues_created_by_idx\` ON \`issues\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_last_edited_by_idx\` ON \`issues\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_submitted_by_idx\` ON \`issues\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_approved_by_idx\` ON \`issues\` (\`approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_workflow_state\` text DEFAULT 'planning';`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_scheduled_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_withdrawal_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_issues_v\` ADD \`version_footnote_numbers\` text;`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_workflow_state_idx\` ON \`_issues_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_created_by_idx\` ON \`_issues_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_last_edited_by_idx\` ON \`_issues_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_submitted_by_idx\` ON \`_issues_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_approved_by_idx\` ON \`_issues_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`items\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`items\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`items\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`items\` ADD \`submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`items\` ADD \`approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`items_workflow_state_idx\` ON \`items\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`items_created_by_idx\` ON \`items\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`items_last_edited_by_idx\` ON \`items\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`items_submitted_by_idx\` ON \`items\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`items_approved_by_idx\` ON \`items\` (\`approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_items_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_items_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_items_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_items_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_items_v\` ADD \`version_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_workflow_state_idx\` ON \`_items_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_created_by_idx\` ON \`_items_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_last_edited_by_idx\` ON \`_items_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_submitted_by_idx\` ON \`_items_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_approved_by_idx\` ON \`_items_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_comments_id\` integer REFERENCES review_comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`review_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`review_comments\`;`)
  await db.run(sql`DROP TABLE \`review_comments_rels\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_issues\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`series_id\` integer,
  	\`year\` numeric,
  	\`number\` numeric,
  	\`label\` text,
  	\`title\` text,
  	\`publication_date\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`series_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_issues\`("id", "series_id", "year", "number", "label", "title", "publication_date", "updated_at", "created_at", "_status") SELECT "id", "series_id", "year", "number", "label", "title", "publication_date", "updated_at", "created_at", "_status" FROM \`issues\`;`)
  await db.run(sql`DROP TABLE \`issues\`;`)
  await db.run(sql`ALTER TABLE \`__new_issues\` RENAME TO \`issues\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`issues_series_idx\` ON \`issues\` (\`series_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_updated_at_idx\` ON \`issues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`issues_created_at_idx\` ON \`issues\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`issues__status_idx\` ON \`issues\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`series_year_number_idx\` ON \`issues\` (\`series_id\`,\`year\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`__new__issues_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
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
  	FOREIGN KEY (\`version_series_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__issues_v\`("id", "parent_id", "version_series_id", "version_year", "version_number", "version_label", "version_title", "version_publication_date", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_series_id", "version_year", "version_number", "version_label", "version_title", "version_publication_date", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_issues_v\`;`)
  await db.run(sql`DROP TABLE \`_issues_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__issues_v\` RENAME TO \`_issues_v\`;`)
  await db.run(sql`CREATE INDEX \`_issues_v_parent_idx\` ON \`_issues_v\` (\`parent_id\`);`)
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
  	FOREIGN KEY (\`issue_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_items\`("id", "title", "title_en", "slug", "issue_id", "section_id", "position", "summary", "body", "published_in_journal", "published_in_date", "published_in_article_title", "published_in_doi", "published_in_url", "updated_at", "created_at", "_status") SELECT "id", "title", "title_en", "slug", "issue_id", "section_id", "position", "summary", "body", "published_in_journal", "published_in_date", "published_in_article_title", "published_in_doi", "published_in_url", "updated_at", "created_at", "_status" FROM \`items\`;`)
  await db.run(sql`DROP TABLE \`items\`;`)
  await db.run(sql`ALTER TABLE \`__new_items\` RENAME TO \`items\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`items_slug_idx\` ON \`items\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`items_issue_idx\` ON \`items\` (\`issue_id\`);`)
  await db.run(sql`CREATE INDEX \`items_section_idx\` ON \`items\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`items_updated_at_idx\` ON \`items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`items_created_at_idx\` ON \`items\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`items__status_idx\` ON \`items\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__items_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
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
  	FOREIGN KEY (\`version_issue_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__items_v\`("id", "parent_id", "version_title", "version_title_en", "version_slug", "version_issue_id", "version_section_id", "version_position", "version_summary", "version_body", "version_published_in_journal", "version_published_in_date", "version_published_in_article_title", "version_published_in_doi", "version_published_in_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_title_en", "version_slug", "version_issue_id", "version_section_id", "version_position", "version_summary", "version_body", "version_published_in_journal", "version_published_in_date", "version_published_in_article_title", "version_published_in_doi", "version_published_in_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_items_v\`;`)
  await db.run(sql`DROP TABLE \`_items_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__items_v\` RENAME TO \`_items_v\`;`)
  await db.run(sql`CREATE INDEX \`_items_v_parent_idx\` ON \`_items_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_slug_idx\` ON \`_items_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_issue_idx\` ON \`_items_v\` (\`version_issue_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_section_idx\` ON \`_items_v\` (\`version_section_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_updated_at_idx\` ON \`_items_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version_created_at_idx\` ON \`_items_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_version__status_idx\` ON \`_items_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_created_at_idx\` ON \`_items_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_updated_at_idx\` ON \`_items_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_latest_idx\` ON \`_items_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`series_id\` integer,
  	\`issues_id\` integer,
  	\`sections_id\` integer,
  	\`items_id\` integer,
  	\`authors_id\` integer,
  	\`references_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`series_id\`) REFERENCES \`series\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`issues_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sections_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`items_id\`) REFERENCES \`items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`authors_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "series_id", "issues_id", "sections_id", "items_id", "authors_id", "references_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "series_id", "issues_id", "sections_id", "items_id", "authors_id", "references_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_series_id_idx\` ON \`payload_locked_documents_rels\` (\`series_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_issues_id_idx\` ON \`payload_locked_documents_rels\` (\`issues_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sections_id_idx\` ON \`payload_locked_documents_rels\` (\`sections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_items_id_idx\` ON \`payload_locked_documents_rels\` (\`items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_authors_id_idx\` ON \`payload_locked_documents_rels\` (\`authors_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_references_id_idx\` ON \`payload_locked_documents_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
