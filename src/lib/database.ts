import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Migration, Payload } from 'payload'

import { migrations } from '../migrations'
import { databaseKind, sqliteURL } from './databaseLocation'

const SQLITE_BUSY_TIMEOUT_MS = 5000


/**
 * MongoDB when DATABASE_URI is a mongodb:// URI (production), otherwise embedded SQLite. Only the
 * adapter in use is loaded: mongoose and its driver alone hold some 10 MB of a server's heap.
 * SQLite's schema comes from the committed migrations in every mode, never from a dev push,
 * so a database made by `npm run dev` still starts under `npm start`.
 */
export async function databaseAdapter(uri = process.env.DATABASE_URI): Promise<DatabaseAdapterObj> {
  if (databaseKind(uri) === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({ url: uri as string })
  }
  return sqliteAdapter({
    client: { url: sqliteURL(uri) },
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    push: false,
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    // Transactions are off by default in the SQLite adapter; publishing an issue must be all or nothing.
    // `immediate` takes the write lock up front, so two transactions never deadlock upgrading to it.
    transactionOptions: { behavior: 'immediate' },
    // Readers (the express host, tests, scripts) do not block on a writer.
    wal: true,
  })
}

/** Brings the database schema up to date; MongoDB needs no schema migrations. */
export async function migrateDatabase(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  // Generated migrations are typed with the SQLite adapter's arguments; the base interface says unknown.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
