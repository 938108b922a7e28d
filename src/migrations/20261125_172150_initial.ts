import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`series\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`title_en\` text,
  	\`slug\` text,
  	\`publisher_institute\` text NOT NULL,
  	\`publisher_office\` text,
  	\`frequency\` text DEFAULT 'irregular' NOT NULL,
  	\`issue_label_style\` text DEFAULT 'bracket' NOT NULL,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`series_slug_idx\` ON \`series\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`series_updated_at_idx\` ON \`series\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`series_created_at_idx\` ON \`series\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`issues_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`section_id\` integer,
  	\`editors_note\` text,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`issues_sections_order_idx\` ON \`issues_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`issues_sections_parent_id_idx\` ON \`issues_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_sections_section_idx\` ON \`issues_sections\` (\`section_id\`);`)
  await db.run(sql`CREATE TABLE \`issues\` (
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
  await db.run(sql`CREATE INDEX \`issues_series_idx\` ON \`issues\` (\`series_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_updated_at_idx\` ON \`issues\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`issues_created_at_idx\` ON \`issues\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`issues__status_idx\` ON \`issues\` (\`_status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`series_year_number_idx\` ON \`issues\` (\`series_id\`,\`year\`,\`number\`);`)
  await db.run(sql`CREATE TABLE \`issues_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`issues\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`issues_rels_order_idx\` ON \`issues_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_parent_idx\` ON \`issues_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_path_idx\` ON \`issues_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`issues_rels_users_id_idx\` ON \`issues_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_issues_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`section_id\` integer,
  	\`editors_note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`section_id\`) REFERENCES \`sections\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_issues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_issues_v_version_sections_order_idx\` ON \`_issues_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_sections_parent_id_idx\` ON \`_issues_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_sections_section_idx\` ON \`_issues_v_version_sections\` (\`section_id\`);`)
  await db.run(sql`CREATE TABLE \`_issues_v\` (
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
  await db.run(sql`CREATE INDEX \`_issues_v_parent_idx\` ON \`_issues_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_series_idx\` ON \`_issues_v\` (\`version_series_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_updated_at_idx\` ON \`_issues_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version_created_at_idx\` ON \`_issues_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_version_version__status_idx\` ON \`_issues_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_created_at_idx\` ON \`_issues_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_updated_at_idx\` ON \`_issues_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_latest_idx\` ON \`_issues_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_series_version_year_version_number_idx\` ON \`_issues_v\` (\`version_series_id\`,\`version_year\`,\`version_number\`);`)
  await db.run(sql`CREATE TABLE \`_issues_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_issues_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_issues_v_rels_order_idx\` ON \`_issues_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_rels_parent_idx\` ON \`_issues_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_rels_path_idx\` ON \`_issues_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_issues_v_rels_users_id_idx\` ON \`_issues_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`sections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`name_en\` text,
  	\`slug\` text,
  	\`default_position\` numeric DEFAULT 100,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sections_slug_idx\` ON \`sections\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sections_updated_at_idx\` ON \`sections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sections_created_at_idx\` ON \`sections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`items_credits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`contributor_id\` integer,
  	\`role\` text DEFAULT 'compiled',
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`items_credits_order_idx\` ON \`items_credits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`items_credits_parent_id_idx\` ON \`items_credits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`items_credits_contributor_idx\` ON \`items_credits\` (\`contributor_id\`);`)
  await db.run(sql`CREATE TABLE \`items\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`items_slug_idx\` ON \`items\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`items_issue_idx\` ON \`items\` (\`issue_id\`);`)
  await db.run(sql`CREATE INDEX \`items_section_idx\` ON \`items\` (\`section_id\`);`)
  await db.run(sql`CREATE INDEX \`items_updated_at_idx\` ON \`items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`items_created_at_idx\` ON \`items\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`items__status_idx\` ON \`items\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`items_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`items_texts_order_parent\` ON \`items_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`items_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`references_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`items_rels_order_idx\` ON \`items_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`items_rels_parent_idx\` ON \`items_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`items_rels_path_idx\` ON \`items_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`items_rels_references_id_idx\` ON \`items_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE TABLE \`_items_v_version_credits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`contributor_id\` integer,
  	\`role\` text DEFAULT 'compiled',
  	\`_uuid\` text,
  	FOREIGN KEY (\`contributor_id\`) REFERENCES \`authors\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_items_v_version_credits_order_idx\` ON \`_items_v_version_credits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_credits_parent_id_idx\` ON \`_items_v_version_credits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_version_credits_contributor_idx\` ON \`_items_v_version_credits\` (\`contributor_id\`);`)
  await db.run(sql`CREATE TABLE \`_items_v\` (
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
  await db.run(sql`CREATE TABLE \`_items_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_items_v_texts_order_parent\` ON \`_items_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_items_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`references_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_items_v_rels_order_idx\` ON \`_items_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_parent_idx\` ON \`_items_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_path_idx\` ON \`_items_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_references_id_idx\` ON \`_items_v_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE TABLE \`authors\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`display_name\` text NOT NULL,
  	\`kind\` text DEFAULT 'person' NOT NULL,
  	\`romanized_name\` text,
  	\`slug\` text,
  	\`normalized_name\` text,
  	\`sort_name\` text,
  	\`affiliation\` text,
  	\`email\` text,
  	\`user_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`authors_slug_idx\` ON \`authors\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`authors_normalized_name_idx\` ON \`authors\` (\`normalized_name\`);`)
  await db.run(sql`CREATE INDEX \`authors_sort_name_idx\` ON \`authors\` (\`sort_name\`);`)
  await db.run(sql`CREATE INDEX \`authors_user_idx\` ON \`authors\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`authors_updated_at_idx\` ON \`authors\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`authors_created_at_idx\` ON \`authors\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`references\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text DEFAULT 'web_news' NOT NULL,
  	\`title\` text NOT NULL,
  	\`source_organisation\` text,
  	\`url\` text,
  	\`journal\` text,
  	\`volume\` text,
  	\`journal_issue\` text,
  	\`pages\` text,
  	\`doi\` text,
  	\`published_date\` text,
  	\`accessed_date\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`references_url_idx\` ON \`references\` (\`url\`);`)
  await db.run(sql`CREATE INDEX \`references_doi_idx\` ON \`references\` (\`doi\`);`)
  await db.run(sql`CREATE INDEX \`references_updated_at_idx\` ON \`references\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`references_created_at_idx\` ON \`references\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`figure_number\` text,
  	\`caption_zh\` text,
  	\`caption_en\` text,
  	\`source_line\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_web_url\` text,
  	\`sizes_web_width\` numeric,
  	\`sizes_web_height\` numeric,
  	\`sizes_web_mime_type\` text,
  	\`sizes_web_filesize\` numeric,
  	\`sizes_web_filename\` text,
  	\`sizes_print_url\` text,
  	\`sizes_print_width\` numeric,
  	\`sizes_print_height\` numeric,
  	\`sizes_print_mime_type\` text,
  	\`sizes_print_filesize\` numeric,
  	\`sizes_print_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_web_sizes_web_filename_idx\` ON \`media\` (\`sizes_web_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_print_sizes_print_filename_idx\` ON \`media\` (\`sizes_print_filename\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`series\`;`)
  await db.run(sql`DROP TABLE \`issues_sections\`;`)
  await db.run(sql`DROP TABLE \`issues\`;`)
  await db.run(sql`DROP TABLE \`issues_rels\`;`)
  await db.run(sql`DROP TABLE \`_issues_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_issues_v\`;`)
  await db.run(sql`DROP TABLE \`_issues_v_rels\`;`)
  await db.run(sql`DROP TABLE \`sections\`;`)
  await db.run(sql`DROP TABLE \`items_credits\`;`)
  await db.run(sql`DROP TABLE \`items\`;`)
  await db.run(sql`DROP TABLE \`items_texts\`;`)
  await db.run(sql`DROP TABLE \`items_rels\`;`)
  await db.run(sql`DROP TABLE \`_items_v_version_credits\`;`)
  await db.run(sql`DROP TABLE \`_items_v\`;`)
  await db.run(sql`DROP TABLE \`_items_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_items_v_rels\`;`)
  await db.run(sql`DROP TABLE \`authors\`;`)
  await db.run(sql`DROP TABLE \`references\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
