import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { shownByNotes } from '../publication/publicRecord'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`items_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`items_rels_users_id_idx\` ON \`items_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`_items_v_rels\` ADD \`users_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_users_id_idx\` ON \`_items_v_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`authors\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`authors_public_idx\` ON \`authors\` (\`public\`);`)
  await db.run(sql`ALTER TABLE \`references\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`references_public_idx\` ON \`references\` (\`public\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`reset_password_requested_at\`;`)
  // What published items already show becomes public, as the workflow would have marked it.
  await db.run(sql`UPDATE \`references\` SET \`public\` = 1 WHERE \`id\` IN (
    SELECT r.\`references_id\` FROM \`items_rels\` r JOIN \`items\` i ON i.\`id\` = r.\`parent_id\`
    WHERE i.\`_status\` = 'published' AND r.\`path\` = 'references' AND r.\`references_id\` IS NOT NULL);`)
  await db.run(sql`UPDATE \`authors\` SET \`public\` = 1 WHERE \`id\` IN (
    SELECT c.\`contributor_id\` FROM \`items_credits\` c JOIN \`items\` i ON i.\`id\` = c.\`_parent_id\`
    WHERE i.\`_status\` = 'published' AND c.\`contributor_id\` IS NOT NULL);`)
  // …and the references cited in the editor's notes of published issues.
  // Only the notes are read: later fields of issues have no columns yet when this runs.
  const { docs: issues } = await payload.find({ collection: 'issues', depth: 0, draft: false, pagination: false, req, select: { sections: true }, where: { _status: { equals: 'published' } } })
  for (const id of new Set(issues.flatMap((issue) => shownByNotes(issue).references ?? []))) {
    await db.run(sql`UPDATE \`references\` SET \`public\` = 1 WHERE \`id\` = ${id};`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_items_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`references_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_items_rels\`("id", "order", "parent_id", "path", "media_id", "references_id") SELECT "id", "order", "parent_id", "path", "media_id", "references_id" FROM \`items_rels\`;`)
  await db.run(sql`DROP TABLE \`items_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_items_rels\` RENAME TO \`items_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`items_rels_order_idx\` ON \`items_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`items_rels_parent_idx\` ON \`items_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`items_rels_path_idx\` ON \`items_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`items_rels_media_id_idx\` ON \`items_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`items_rels_references_id_idx\` ON \`items_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__items_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	\`references_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__items_v_rels\`("id", "order", "parent_id", "path", "media_id", "references_id") SELECT "id", "order", "parent_id", "path", "media_id", "references_id" FROM \`_items_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_items_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__items_v_rels\` RENAME TO \`_items_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_order_idx\` ON \`_items_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_parent_idx\` ON \`_items_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_path_idx\` ON \`_items_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_media_id_idx\` ON \`_items_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_references_id_idx\` ON \`_items_v_rels\` (\`references_id\`);`)
  await db.run(sql`DROP INDEX \`authors_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`authors\` DROP COLUMN \`public\`;`)
  await db.run(sql`DROP INDEX \`references_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`references\` DROP COLUMN \`public\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`reset_password_requested_at\` text;`)
}
