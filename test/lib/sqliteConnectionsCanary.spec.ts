import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Payload } from 'payload'

import { ADAPTER_FIELDS_READ, VERIFIED_WITH } from '../../src/lib/sqliteConnections'
import { initPayload, type TestPayload } from '../helpers/initPayload'

const sqlite = !process.env.MONGODB_TEST_URI
const describeSqlite = sqlite ? describe : describe.skip

function installedVersion(name: string): string {
  const require = createRequire(path.join(process.cwd(), 'package.json'))
  let directory = path.dirname(require.resolve(name))
  while (!directory.endsWith(path.join('node_modules', ...name.split('/')))) directory = path.dirname(directory)
  return JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')).version
}

/**
 * The SQLite connection patch (src/lib/sqliteConnections.ts) replaces methods of a private client
 * and reads undocumented adapter fields. These checks fail loudly, naming what changed, when an
 * upgrade moves any of it; test/lib/sqliteConnections.spec.ts checks the behaviour itself.
 */
describeSqlite('the SQLite connection patch, against the releases it was checked with', () => {
  let context: TestPayload
  let payload: Payload
  beforeAll(async () => {
    context = await initPayload('sqlite-canary', { kind: 'sqlite' })
    payload = context.payload
  })
  afterAll(async () => {
    await context?.close()
  })

  it.each(Object.entries(VERIFIED_WITH))('is installed with %s %s', (name, version) => {
    const installed = installedVersion(name)
    if (installed !== version) {
      throw new Error(
        `${name} is ${installed}, but src/lib/sqliteConnections.ts was checked against ${version}. Re-check what it relies on ` +
          '(the Sqlite3Client and Sqlite3Transaction constructors, the adapter fields, whether the connection leak is fixed upstream), then update VERIFIED_WITH.',
      )
    }
  })

  it('finds the adapter fields it reads on payload.db', () => {
    const adapter = payload.db as unknown as Record<string, unknown>
    expect(payload.db.name).toBe('sqlite')
    expect(ADAPTER_FIELDS_READ.filter((field) => !(field in adapter))).toEqual([])
    expect(typeof adapter.busyTimeout).toBe('number')
    expect(typeof (adapter.clientConfig as { url?: unknown }).url).toBe('string')
    expect(adapter.wal === false || typeof (adapter.wal as { synchronous?: unknown }).synchronous === 'string').toBe(true)
  })
})
