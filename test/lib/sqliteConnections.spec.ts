import path from 'node:path'

import { Sqlite3Client, Sqlite3Transaction } from '@libsql/client/sqlite3'
import Database from 'libsql'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { preparedStatementCount } from '../../src/lib/sqliteConnections'
import { unique } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { openFilesMatching } from '../helpers/processUsage'

let context: TestPayload
let payload: Payload
const sqlite = !process.env.MONGODB_TEST_URI

beforeAll(async () => {
  context = await initPayload('sqlite-connections', { kind: sqlite ? 'sqlite' : undefined })
  payload = context.payload
})
afterAll(async () => {
  await context?.close()
})

async function openTransaction() {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  return req
}

async function sectionNamed(name: string) {
  const { totalDocs } = await payload.count({ collection: 'sections', where: { name: { equals: name } } })
  return totalDocs
}

const describeSqlite = sqlite ? describe : describe.skip

describeSqlite('what the connection patch relies on in @libsql/client and libsql (fails loudly after an upgrade)', () => {
  it('replaces the methods of the client Payload holds', () => {
    const client = (payload.db as unknown as { client: Record<string, unknown> }).client
    for (const method of ['execute', 'batch', 'migrate', 'executeMultiple', 'transaction', 'close']) {
      expect(client[method]).not.toBe((Sqlite3Client.prototype as unknown as Record<string, unknown>)[method])
    }
  })

  it('builds a client and a transaction around a libsql Database it is given', async () => {
    const file = path.join(path.dirname(context.database.uri.slice('file:'.length)), 'canary.db')
    const connection = new Database(file)
    const client = new Sqlite3Client(file, {}, connection, 'number')
    await client.execute('CREATE TABLE canary (value TEXT)')
    connection.exec('BEGIN IMMEDIATE')
    const transaction = new Sqlite3Transaction(connection, 'number')
    await transaction.execute({ sql: 'INSERT INTO canary VALUES (?)', args: ['一'] })
    await transaction.commit()
    expect(connection.inTransaction).toBe(false)
    const { rows } = await client.execute('SELECT value FROM canary')
    expect(rows.map((row) => row.value)).toEqual(['一'])
    connection.close()
  })
})

describeSqlite('Payload on SQLite under concurrent requests', () => {
  it('keeps a transaction’s writes from other readers until it commits', async () => {
    const name = unique('未提交栏目')
    const req = await openTransaction()
    await payload.create({ collection: 'sections', data: { name }, req })
    expect(await sectionNamed(name)).toBe(0)
    await commitTransaction(req)
    expect(await sectionNamed(name)).toBe(1)
  })

  it('lets a write outside a transaction wait for it instead of failing with “database is locked”', async () => {
    const inside = unique('事务内')
    const outside = unique('事务外')
    const req = await openTransaction()
    await payload.create({ collection: 'sections', data: { name: inside }, req })
    let outsideDone = false
    const outsideWrite = payload.create({ collection: 'sections', data: { name: outside } }).then((doc) => {
      outsideDone = true
      return doc
    })
    // The event loop is free while the outside write waits: the transaction goes on working.
    for (let step = 0; step < 5; step++) await payload.find({ collection: 'sections', limit: 1, req })
    expect(outsideDone).toBe(false)
    await commitTransaction(req)
    await expect(outsideWrite).resolves.toMatchObject({ name: outside })
    expect(await sectionNamed(inside)).toBe(1)
  })

  it('rolls a failed transaction back and hands the connection on', async () => {
    const name = unique('回滚栏目')
    const req = await openTransaction()
    await payload.create({ collection: 'sections', data: { name }, req })
    await killTransaction(req)
    expect(await sectionNamed(name)).toBe(0)
    const next = await openTransaction()
    await payload.create({ collection: 'sections', data: { name }, req: next })
    await commitTransaction(next)
    expect(await sectionNamed(name)).toBe(1)
  })

  it('opens no connection per transaction and prepares each query once', async () => {
    const databaseFile = path.basename(context.database.uri)
    const section = await payload.create({ collection: 'sections', data: { name: unique('反复保存') } })
    const save = (n: number) => payload.update({ collection: 'sections', id: section.id, data: { nameEn: `Saved ${n}` } })
    for (let n = 0; n < 20; n++) await save(n)
    const handles = openFilesMatching(process.pid, databaseFile)
    const statements = preparedStatementCount(payload) as number
    for (let n = 0; n < 300; n++) await save(n)
    expect(openFilesMatching(process.pid, databaseFile)).toBeLessThanOrEqual(handles)
    expect(preparedStatementCount(payload)).toBe(statements)
  })
})
