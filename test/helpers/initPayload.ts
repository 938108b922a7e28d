import { getPayload, type Payload } from 'payload'

import { migrateDatabase } from '../../src/lib/database'
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from './testDatabase'

export type TestPayload = { close: () => Promise<void>; database: TestDatabase; payload: Payload }

/**
 * A real Payload on a fresh database of its own. The config reads its environment when it is
 * first imported, so the environment is set before the (per-test-file) import.
 */
export async function initPayload(label: string, kind?: TestDatabaseKind): Promise<TestPayload> {
  const database = await createTestDatabase(label, kind)
  process.env.DATABASE_URI = database.uri
  process.env.MEDIA_DIR = database.mediaDirectory
  process.env.PAYLOAD_SECRET = `test-secret-${label}`
  process.env.SEED_ON_EMPTY = 'false'
  // Tests run the jobs queue themselves when they need it.
  process.env.JOBS_AUTORUN = 'false'
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  return {
    database,
    payload,
    close: async () => {
      if (database.kind === 'mongodb') {
        await (payload.db as unknown as { connection: { dropDatabase: () => Promise<void> } }).connection.dropDatabase()
      }
      await payload.destroy()
      await database.drop()
    },
  }
}
