import { getPayload, type Payload } from 'payload'

import { migrateDatabase } from '../../src/lib/database'
import { sqliteFile } from '../../src/lib/databaseLocation'
import { copyTemplate, keepAsTemplate, type TemplateContent } from './templateDatabase'
import { createTestDatabase, type TestDatabase, type TestDatabaseKind } from './testDatabase'

export type TestPayload = { close: () => Promise<void>; database: TestDatabase; payload: Payload }

export type PayloadOptions = {
  /** 'demo': the content `npm run seed` makes (accounts from .env, as demoAccount() reads them). */
  content?: TemplateContent
  /** Settings the spec needs, read by the config as the server would read them. */
  env?: Record<string, string>
  kind?: TestDatabaseKind
}

/**
 * A real Payload on a fresh database of its own; on SQLite, a copy of the run's template with the
 * same content. The config reads its environment when it is first imported, so the environment is
 * set before the (per-test-file) import.
 */
export async function initPayload(label: string, { content = 'migrated', env = {}, kind }: PayloadOptions = {}): Promise<TestPayload> {
  // The worker process runs other spec files after this one: their config must not read this one's settings.
  const replaced = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]))
  Object.assign(process.env, env)
  const database = await createTestDatabase(label, kind)
  const fromTemplate = database.kind === 'sqlite' && copyTemplate(content, sqliteFile(database.uri), database.mediaDirectory)
  process.env.DATABASE_URI = database.uri
  process.env.MEDIA_DIR = database.mediaDirectory
  process.env.PAYLOAD_SECRET = `test-secret-${label}`
  process.env.SEED_ON_EMPTY = 'false'
  // Tests run the jobs queue themselves when they need it.
  process.env.JOBS_AUTORUN = 'false'
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  if (!fromTemplate) {
    if (content === 'demo') await (await import('../../src/seed/index')).seed(payload)
    if (database.kind === 'sqlite') await keepAsTemplate(content, payload, database.mediaDirectory)
  }
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
