import { createHash } from 'node:crypto'
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'

/**
 * What a spec's database starts with: the schema only, or the demo content of `npm run seed` too.
 * The sources a template depends on name it, so a changed migration, seed or hook makes a new one.
 */
export type TemplateContent = 'demo' | 'migrated'

const root = process.cwd()
const dependsOn: Record<TemplateContent, string[]> = {
  migrated: ['src/migrations'],
  // The seed walks the workflow and runs every collection's hooks: all of the application shapes it.
  demo: ['src', 'collections', 'access', '.env', '.env.example'],
}

function hashTree(hash: ReturnType<typeof createHash>, location: string): void {
  if (!existsSync(location)) return
  if (statSync(location).isFile()) {
    hash.update(path.relative(root, location)).update(readFileSync(location))
    return
  }
  for (const entry of readdirSync(location).sort()) hashTree(hash, path.join(location, entry))
}

/** A digest of the files under these paths of the project: what a kept database was made from. */
export function sourcesDigest(locations: readonly string[]): string {
  const hash = createHash('sha256')
  for (const location of locations) hashTree(hash, path.join(root, location))
  return hash.digest('hex').slice(0, 16)
}

function templatePaths(content: TemplateContent): { database: string; media: string } {
  const base = path.join(os.tmpdir(), `bulletin-test-template-${content}-${sourcesDigest(dependsOn[content])}`)
  return { database: `${base}.db`, media: `${base}-media` }
}

/**
 * Migrating a database costs every spec the same few hundred milliseconds, and seeding the demo
 * content a few seconds, so the first spec of a run keeps what it made as a template and the others
 * start from a copy (still migrated, which then finds nothing to do). Returns whether it copied one.
 */
export function copyTemplate(content: TemplateContent, databaseFile: string, mediaDirectory: string): boolean {
  const template = templatePaths(content)
  if (!existsSync(template.database)) return false
  copyFileOrTree(template.media, mediaDirectory)
  cpSync(template.database, databaseFile)
  return true
}

function copyFileOrTree(from: string, to: string): void {
  if (existsSync(from)) cpSync(from, to, { recursive: true })
}

/** Keeps a just-made SQLite database (and its uploads) as the template of `content`, unless one exists. */
export async function keepAsTemplate(content: TemplateContent, payload: Payload, mediaDirectory: string): Promise<void> {
  const template = templatePaths(content)
  if (existsSync(template.database)) return
  const partial = `.${process.pid}.partial`
  rmSync(template.database + partial, { force: true })
  rmSync(template.media + partial, { force: true, recursive: true })
  copyFileOrTree(mediaDirectory, template.media + partial)
  if (existsSync(template.media + partial)) {
    rmSync(template.media, { force: true, recursive: true })
    renameSync(template.media + partial, template.media)
  }
  // VACUUM INTO writes one consistent file from a live database, and the rename makes it appear
  // whole and last, so a spec starting in parallel finds no template or a complete one.
  const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
  await client.execute(`VACUUM INTO '${(template.database + partial).replaceAll("'", "''")}'`)
  renameSync(template.database + partial, template.database)
}
