import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`review_comments\` ADD \`reply_to_id\` integer REFERENCES review_comments(id);`)
  await db.run(sql`CREATE INDEX \`review_comments_reply_to_idx\` ON \`review_comments\` (\`reply_to_id\`);`)
  await db.run(sql`ALTER TABLE \`review_comments_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_users_id_idx\` ON \`review_comments_rels\` (\`users_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_review_comments\` (
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
  await db.run(sql`INSERT INTO \`__new_review_comments\`("id", "text", "quote", "resolved", "author_id", "updated_at", "created_at") SELECT "id", "text", "quote", "resolved", "author_id", "updated_at", "created_at" FROM \`review_comments\`;`)
  await db.run(sql`DROP TABLE \`review_comments\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_comments\` RENAME TO \`review_comments\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`review_comments_author_idx\` ON \`review_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_updated_at_idx\` ON \`review_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_created_at_idx\` ON \`review_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_review_comments_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_review_comments_rels\`("id", "order", "parent_id", "path", "items_id", "issues_id") SELECT "id", "order", "parent_id", "path", "items_id", "issues_id" FROM \`review_comments_rels\`;`)
  await db.run(sql`DROP TABLE \`review_comments_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_review_comments_rels\` RENAME TO \`review_comments_rels\`;`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_order_idx\` ON \`review_comments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_parent_idx\` ON \`review_comments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_path_idx\` ON \`review_comments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_items_id_idx\` ON \`review_comments_rels\` (\`items_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_rels_issues_id_idx\` ON \`review_comments_rels\` (\`issues_id\`);`)
}
