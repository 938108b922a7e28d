import { existsSync, renameSync, rmSync } from 'node:fs'

import Database from 'libsql'

const BUSY_TIMEOUT_MS = 10_000

/**
 * A consistent copy of a live SQLite database: `VACUUM INTO` reads one snapshot (WAL: writers go
 * on meanwhile) and writes a compact file, which a copy of bulletin.db with its -wal beside it is not.
 */
export function snapshotSqlite(databaseFile: string, into: string): void {
  if (!existsSync(databaseFile)) throw new Error(`There is no database at ${databaseFile}.`)
  const connection = new Database(databaseFile)
  try {
    connection.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    connection.prepare('VACUUM INTO ?').run(into)
  } finally {
    connection.close()
  }
}

/** `ok`, or what SQLite's integrity check found. */
export function integrityOf(databaseFile: string): string {
  const connection = new Database(databaseFile, { readonly: true })
  try {
    const rows = connection.prepare('PRAGMA integrity_check').raw(true).all() as unknown[][]
    return rows.map((row) => String(row[0])).join('; ')
  } finally {
    connection.close()
  }
}

const CONTENT_TABLES = ['users', 'series', 'sections', 'issues', 'items', 'authors', 'references', 'media']

/**
 * How many accounts and documents the database holds: none means nothing a restore could
 * overwrite; `undefined` when the file is not a Bulletin CMS database at all.
 */
export function documentsIn(databaseFile: string): number | undefined {
  if (!existsSync(databaseFile)) return 0
  const connection = new Database(databaseFile, { readonly: true })
  try {
    const tables = new Set((connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").raw(true).all() as string[][]).map(([name]) => name))
    if (tables.size === 0) return 0
    if (!tables.has('users')) return undefined
    return CONTENT_TABLES.filter((table) => tables.has(table)).reduce(
      (total, table) => total + Number((connection.prepare(`SELECT count(*) FROM "${table}"`).raw(true).get() as number[])[0]),
      0,
    )
  } finally {
    connection.close()
  }
}

/** Puts a restored file in the database's place, with no stale WAL of the old one left beside it. */
export function replaceSqlite(restored: string, databaseFile: string): void {
  for (const companion of ['-wal', '-shm', '-journal']) rmSync(`${databaseFile}${companion}`, { force: true })
  renameSync(restored, databaseFile)
}
