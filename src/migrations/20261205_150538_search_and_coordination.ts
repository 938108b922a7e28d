import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildSearchIndex } from '../search'
import { CREATE_SEARCH_TABLE, DROP_SEARCH_TABLE } from '../search/sqliteStore'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`publication_state\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`change_token\` text,
  	\`changed_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`jobs_lease\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`holder\` text,
  	\`until\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  // The search index (not part of Payload's schema), filled with what is published already.
  await db.run(CREATE_SEARCH_TABLE)
  await rebuildSearchIndex(req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`publication_state\`;`)
  await db.run(sql`DROP TABLE \`jobs_lease\`;`)
  await db.run(DROP_SEARCH_TABLE)
}
