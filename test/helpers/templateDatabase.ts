import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

const migrationsDirectory = path.join(process.cwd(), 'src', 'migrations')

/** Named by the migrations' contents: a changed or added migration makes a new template. */
function templatePath(): string {
  const hash = createHash('sha256')
  for (const file of readdirSync(migrationsDirectory).sort()) hash.update(file).update(readFileSync(path.join(migrationsDirectory, file)))
  return path.join(os.tmpdir(), `bulletin-test-template-${hash.digest('hex').slice(0, 16)}.db`)
}

/**
 * Migrating a database costs every spec the same few hundred milliseconds, so the first spec of a
 * run keeps its freshly migrated database as a template and the others start from a copy (still
 * migrated, which then finds nothing to do). Returns whether `databaseFile` was made from it.
 */
export function copyTemplate(databaseFile: string): boolean {
  const template = templatePath()
  if (!existsSync(template)) return false
  copyFileSync(template, databaseFile)
  return true
}

/** Keeps a just-migrated, still empty SQLite database as the template, unless one exists. */
export async function keepAsTemplate(payload: Payload): Promise<void> {
  const template = templatePath()
  if (existsSync(template)) return
  // VACUUM INTO writes one consistent file from a live database; the rename makes it appear whole,
  // so a spec starting in parallel either finds no template or a complete one.
  const partial = `${template}.${process.pid}.partial`
  rmSync(partial, { force: true })
  const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
  await client.execute(`VACUUM INTO '${partial.replaceAll("'", "''")}'`)
  renameSync(partial, template)
}
