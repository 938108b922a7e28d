import { getPayload, type Payload } from 'payload'

import { migrateDatabase } from '../../src/lib/database'
import { sqliteFile } from '../../src/lib/databaseLocation'
import { copyTemplate, keepAsTemplate } from './templateDatabase'
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from './testDatabase'

export type TestPayload = { close: () => Promise<void>; database: TestDatabase; payload: Payload }

/**
 * A real Payload on a fresh database of its own (SQLite: a copy of the run's migrated template). The config reads its environment when it is
 * first imported, so the environment (and `env`, settings the spec needs) is set before the
 * (per-test-file) import.
 */
export async function initPayload(label: string, kind?: TestDatabaseKind, env: Record<string, string> = {}): Promise<TestPayload> {
  // The worker process runs other spec files after this one: their config must not read this one's settings.
  const replaced = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]))
  Object.assign(process.env, env)
  const database = await createTestDatabase(label, kind)
  const fromTemplate = database.kind === 'sqlite' && copyTemplate(sqliteFile(database.uri))
  process.env.DATABASE_URI = database.uri
  process.env.MEDIA_DIR = database.mediaDirectory
  process.env.PAYLOAD_SECRET = `test-secret-${label}`
  process.env.SEED_ON_EMPTY = 'false'
  // Tests run the jobs queue themselves when they need it.
  process.env.JOBS_AUTORUN = 'false'
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  if (database.kind === 'sqlite' && !fromTemplate) await keepAsTemplate(payload)
  return {
    database,
    payload,
    close: async () => {
      if (database.kind === 'mongodb') {
        await (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection.dropDatabase()
      }
      await payload.destroy()
      await database.drop()
      for (const [name, value] of Object.entries(replaced)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    },
  }
}
