import type { Client, InStatement, TransactionMode } from '@libsql/client'
import { Sqlite3Client, Sqlite3Transaction } from '@libsql/client/sqlite3'
import { Mutex, withTimeout } from 'async-mutex'
import Database from 'libsql'
import { APIError, type Payload } from 'payload'

import { sqliteFile } from './databaseLocation'

type SqliteAdapter = {
  busyTimeout: number
  client: Client
  clientConfig: { intMode?: 'bigint' | 'number' | 'string'; url: string }
  wal: false | { synchronous: string }
}

/**
 * The releases whose internals this module was checked against (test/lib/sqliteConnectionsCanary.spec.ts
 * fails on any other, so that an upgrade is a deliberate re-check, not a surprise in production).
 * Drop the module once libsql-client-ts #350 and libsql-js #230 are fixed in a release.
 */
export const VERIFIED_WITH = { '@libsql/client': '0.14.0', '@payloadcms/db-sqlite': '3.90.1', libsql: '0.4.7' } as const

/** The adapter's fields read here; Payload's sqlite adapter keeps them on `payload.db` but does not document them. */
export const ADAPTER_FIELDS_READ = ['busyTimeout', 'client', 'clientConfig', 'wal'] as const

const WRITE_TURN_TIMEOUT_MS = 15_000
const SERVICE_UNAVAILABLE = 503
/** Far above the few hundred distinct statements Payload issues for this schema. */
const MAX_CACHED_STATEMENTS = 4000

const BEGIN: Record<TransactionMode, string> = { deferred: 'BEGIN DEFERRED', read: 'BEGIN TRANSACTION READONLY', write: 'BEGIN IMMEDIATE' }
const READ_ONLY = /^\s*(select|explain)\b/i

function statementText(statement: InStatement): string {
  return typeof statement === 'string' ? statement : statement.sql
}

/**
 * Payload's drizzle layer names every join with a fresh UUID (`"51c8a8e7_565d_…"`), so no two
 * queries read alike; numbering the aliases in order of appearance keeps the meaning and lets
 * the same query reuse its statement.
 */
const JOIN_ALIAS = /"[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12}"/g
function withStableAliases(sql: string): string {
  const numbers = new Map<string, string>()
  return sql.replace(JOIN_ALIAS, (alias) => {
    let stable = numbers.get(alias)
    if (!stable) numbers.set(alias, (stable = `"join_${numbers.size}"`))
    return stable
  })
}

/**
 * A connection that prepares each distinct SQL text once. libsql frees a prepared statement's
 * native memory only with its connection, and then only once the garbage collector gets to it,
 * so preparing per query (as @libsql/client does) grows the process by kilobytes per query.
 */
function openConnection(file: string, pragmas: string[], payload: Payload, statements: Map<string, Database.Statement>): Database.Database {
  const connection = new Database(file)
  for (const pragma of pragmas) connection.exec(pragma)
  let cacheFullReported = false
  const prepare = connection.prepare.bind(connection)
  connection.prepare = ((generated: string) => {
    const sql = withStableAliases(generated)
    let statement = statements.get(sql)
    if (!statement) {
      statement = prepare(sql)
      if (statements.size < MAX_CACHED_STATEMENTS) statements.set(sql, statement)
      else if (!cacheFullReported) {
        cacheFullReported = true
        payload.logger.warn(`SQLite: more than ${MAX_CACHED_STATEMENTS} distinct statements; the rest are prepared per query.`)
      }
    }
    return statement
  }) as Database.Database['prepare']
  return connection
}

const statementCounts = new WeakMap<Payload, () => number>()

/** How many prepared statements the connections keep: it levels off once every query has run. */
export function preparedStatementCount(payload: Payload): number | undefined {
  return statementCounts.get(payload)?.()
}

/**
 * Runs Payload's SQLite database on two long-lived connections, whatever the load.
 *
 * `@libsql/client` hands its connection to every transaction and opens a new one for itself; the
 * old native handle stays open until garbage collection (libsql-client-ts #350, libsql-js #230),
 * so each save leaked a connection and its file handles, and every query a prepared statement.
 * Here transactions take turns on one connection, the other serves everything outside a
 * transaction (WAL: readers never wait for the writer), and both keep their statements.
 *
 * libsql is synchronous: a write that met another connection's open transaction would hold the
 * only thread in SQLite's busy wait, the transaction could not finish, and both failed after the
 * busy timeout. So writes outside a transaction take a turn too, and every wait is asynchronous.
 *
 * What this relies on in @libsql/client is checked by test/lib/sqliteConnections.spec.ts: the
 * client's methods can be replaced on the instance Payload holds, and `Sqlite3Client` and
 * `Sqlite3Transaction` run statements on a libsql `Database` they are given.
 */
export function shareSqliteConnections(payload: Payload): void {
  if (payload.db.name !== 'sqlite') return
  const adapter = payload.db as unknown as SqliteAdapter
  const { client } = adapter
  const file = sqliteFile(adapter.clientConfig.url)
  const intMode = adapter.clientConfig.intMode ?? 'number'
  const pragmas = [`PRAGMA busy_timeout = ${adapter.busyTimeout};`]
  if (adapter.wal) pragmas.push(`PRAGMA synchronous = ${adapter.wal.synchronous};`)

  const autocommitStatements = new Map<string, Database.Statement>()
  const transactionStatements = new Map<string, Database.Statement>()
  statementCounts.set(payload, () => autocommitStatements.size + transactionStatements.size)
  const autocommitConnection = openConnection(file, pragmas, payload, autocommitStatements)
  const autocommit = new Sqlite3Client(file, {}, autocommitConnection, intMode)
  const transactionConnection = openConnection(file, pragmas, payload, transactionStatements)

  const turns = withTimeout(new Mutex(), WRITE_TURN_TIMEOUT_MS)
  const takeTurn = () =>
    turns.acquire().catch(() => {
      throw new APIError(`The database stayed busy for ${WRITE_TURN_TIMEOUT_MS / 1000} s; try again.`, SERVICE_UNAVAILABLE)
    })
  const inTurn =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>, writes?: (...args: A) => boolean) =>
    async (...args: A): Promise<R> => {
      if (writes && !writes(...args)) return run(...args)
      const release = await takeTurn()
      try {
        return await run(...args)
      } finally {
        release()
      }
    }

  // The client's own connection has served the adapter's start-up pragmas; it has no further use.
  client.close()
  Object.defineProperty(client, 'closed', { get: () => !autocommitConnection.open })
  client.execute = inTurn(autocommit.execute.bind(autocommit), (statement) => !READ_ONLY.test(statementText(statement))) as Client['execute']
  client.batch = inTurn(autocommit.batch.bind(autocommit))
  client.migrate = inTurn(autocommit.migrate.bind(autocommit))
  client.executeMultiple = inTurn(autocommit.executeMultiple.bind(autocommit))
  client.transaction = async (mode: TransactionMode = 'write') => {
    const release = await takeTurn()
    try {
      transactionConnection.exec(BEGIN[mode] ?? BEGIN.write)
    } catch (error) {
      release()
      throw error
    }
    const transaction = new Sqlite3Transaction(transactionConnection, intMode)
    const finish = (end: () => Promise<void>) => async () => {
      try {
        await end()
      } finally {
        // A failed COMMIT leaves the transaction open; never hand the connection on in that state.
        if (transactionConnection.inTransaction) transactionConnection.exec('ROLLBACK')
        release()
      }
    }
    transaction.commit = finish(transaction.commit.bind(transaction))
    transaction.rollback = finish(transaction.rollback.bind(transaction))
    return transaction
  }
  client.close = () => {
    autocommitConnection.close()
    transactionConnection.close()
  }
}
