import type { Payload } from 'payload'

type LibsqlClient = {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<unknown>
}

/**
 * libsql hands its open connection to each transaction and opens a fresh one for everything
 * else, and the fresh one has none of the pragmas the adapter set at start-up: with busy_timeout
 * back at 0, any write that meets a running transaction fails at once with SQLITE_BUSY. This
 * re-applies the pragmas to each fresh connection the moment it replaces the old one.
 */
export function keepPragmasOnNewConnections(payload: Payload, pragmas: string[]): void {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client: LibsqlClient }).client
  const beginTransaction = client.transaction.bind(client)
  client.transaction = (mode) => {
    // Both calls do their work synchronously before returning a promise, so no other query can
    // reach the fresh connection before its pragmas are set.
    const transaction = beginTransaction(mode)
    for (const pragma of pragmas) {
      client.execute(pragma).catch((error: unknown) => payload.logger.error({ err: error, msg: `Could not apply ${pragma}` }))
    }
    return transaction
  }
}
