import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`items_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`items_rels_media_id_idx\` ON \`items_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`_items_v_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_media_id_idx\` ON \`_items_v_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`public\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`media_public_idx\` ON \`media\` (\`public\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_items_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`references_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_items_rels\`("id", "order", "parent_id", "path", "references_id") SELECT "id", "order", "parent_id", "path", "references_id" FROM \`items_rels\`;`)
  await db.run(sql`DROP TABLE \`items_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_items_rels\` RENAME TO \`items_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`items_rels_order_idx\` ON \`items_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`items_rels_parent_idx\` ON \`items_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`items_rels_path_idx\` ON \`items_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`items_rels_references_id_idx\` ON \`items_rels\` (\`references_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__items_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`references_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`references_id\`) REFERENCES \`references\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__items_v_rels\`("id", "order", "parent_id", "path", "references_id") SELECT "id", "order", "parent_id", "path", "references_id" FROM \`_items_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_items_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__items_v_rels\` RENAME TO \`_items_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_order_idx\` ON \`_items_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_parent_idx\` ON \`_items_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_path_idx\` ON \`_items_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_items_v_rels_references_id_idx\` ON \`_items_v_rels\` (\`references_id\`);`)
  await db.run(sql`DROP INDEX \`media_public_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`public\`;`)
}
