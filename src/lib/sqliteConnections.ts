import type { Payload } from 'payload'

type LibsqlTransaction = { commit: () => Promise<void>; rollback: () => Promise<void> }
type LibsqlClient = {
  execute: (sql: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<LibsqlTransaction>
}

const TRANSACTION_WAIT_MS = 15_000

/**
 * Makes Payload's SQLite transactions safe under concurrent requests. libsql is synchronous and
 * gives each transaction its own connection, which causes two failures:
 * - A second transaction in the same process cannot wait for the first: its BEGIN would block
 *   the only thread the first one needs to finish, and fail with SQLITE_BUSY. So transactions
 *   take turns (an async queue); readers are not held up (WAL).
 * - The connection opened to replace the one handed to a transaction has none of the adapter's
 *   start-up pragmas (busy_timeout back at 0), so they are re-applied the moment it opens.
 */
export function serializeTransactions(payload: Payload, pragmas: string[]): void {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client: LibsqlClient }).client
  const beginTransaction = client.transaction.bind(client)
  let queue: Promise<void> = Promise.resolve()

  client.transaction = async (mode) => {
    let release!: () => void
    const turn = new Promise<void>((resolve) => (release = resolve))
    const previous = queue
    queue = queue.then(() => turn)
    let timer: NodeJS.Timeout | undefined
    const waited = await Promise.race([
      previous.then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), TRANSACTION_WAIT_MS))),
    ])
    clearTimeout(timer)
    if (!waited) {
      release()
      throw new Error(`The database stayed busy for ${TRANSACTION_WAIT_MS / 1000} s; try again.`)
    }

    let transaction: LibsqlTransaction
    try {
      // Both calls do their work synchronously, so no other query reaches the fresh connection first.
      const begun = beginTransaction(mode)
      for (const pragma of pragmas) {
        client.execute(pragma).catch((error: unknown) => payload.logger.error({ err: error, msg: `Could not apply ${pragma}` }))
      }
      transaction = await begun
    } catch (error) {
      release()
      throw error
    }
    const finish = <T>(end: () => Promise<T>) => async () => {
      try {
        return await end()
      } finally {
        release()
      }
    }
    transaction.commit = finish(transaction.commit.bind(transaction))
    transaction.rollback = finish(transaction.rollback.bind(transaction))
    return transaction
  }
}
