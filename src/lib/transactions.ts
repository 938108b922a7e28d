import type { Payload } from 'payload'

/**
 * Whether the database rolls a failed publication back as a whole. SQLite always does (the
 * adapter is given transaction options); MongoDB only as a replica set: on a standalone server
 * @payloadcms/db-mongodb turns transactions off and every write stands on its own.
 */
export function transactionsAvailable(payload: Payload): boolean {
  return Boolean((payload.db as unknown as { transactionOptions?: unknown }).transactionOptions)
}

export const NO_TRANSACTIONS_WARNING =
  'MongoDB is not running as a replica set, so it has no transactions: publishing an issue is not all-or-nothing and a ' +
  'failure can leave it half published. Run MongoDB as a replica set (docker-compose.yml does) and name it in DATABASE_URI (?replicaSet=rs0).'
