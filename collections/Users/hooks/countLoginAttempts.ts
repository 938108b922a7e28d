import { AuthenticationError, type CollectionBeforeOperationHook, LockedAuth, type Payload, type Where } from 'payload'

import { checkNoPassword, passwordMatches } from '../../../src/auth/passwordHash'

type Account = { hash?: string; id: number | string; lockUntil?: null | string; loginAttempts?: null | number; salt?: string }

const isLocked = (lockUntil: null | string | undefined) => Boolean(lockUntil && new Date(lockUntil).getTime() > Date.now())

function lockAccount(payload: Payload, id: Account['id'], lockTime: number) {
  return payload.db.updateOne({ collection: 'users', id, data: { lockUntil: new Date(Date.now() + lockTime).toISOString() }, returning: false })
}

/**
 * Payload counts a failed login after checking the password, so parallel guesses all read the
 * same count and far more than `maxLoginAttempts` were checked. Here each attempt first takes
 * one of the account's attempts in a single conditional update (atomic in SQLite and MongoDB,
 * across processes) and only then checks the password; a wrong one keeps its attempt and locks
 * the account when it was the last. A right one goes on to Payload's login, which checks again,
 * honours a lock that parallel guesses set meanwhile, and resets the count.
 * A missing account costs the same password check, so the answer's time does not tell.
 */
export const countLoginAttempts: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'login') return args
  const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
  if (typeof email !== 'string' || !email.trim() || typeof password !== 'string' || !password.trim()) return args
  const { lockTime, maxLoginAttempts } = collection.auth
  const { db } = req.payload

  const account = await db.findOne<Account>({ collection: 'users', where: { email: { equals: email.toLowerCase().trim() } } })
  if (!account) {
    await checkNoPassword(password)
    throw new AuthenticationError(req.t)
  }
  if (isLocked(account.lockUntil)) throw new LockedAuth(req.t)
  if (account.lockUntil || typeof account.loginAttempts !== 'number') {
    // An expired lock (or an account never counted) starts again from nothing, once: only the
    // first of parallel attempts still finds the row as it read it.
    const asRead: Where = account.lockUntil ? { lockUntil: { equals: account.lockUntil } } : { loginAttempts: { equals: null } }
    await db.updateOne({
      collection: 'users',
      data: { lockUntil: null, loginAttempts: 0 },
      options: { atomic: true },
      where: { and: [{ id: { equals: account.id } }, asRead] },
    })
  }

  const reserved = (await db.updateOne({
    collection: 'users',
    data: { loginAttempts: { $inc: 1 } },
    options: { atomic: true },
    where: {
      and: [
        { id: { equals: account.id } },
        { loginAttempts: { less_than: maxLoginAttempts } },
        { or: [{ lockUntil: { exists: false } }, { lockUntil: { equals: null } }, { lockUntil: { less_than_equal: new Date().toISOString() } }] },
      ],
    },
  })) as unknown as Account | null
  if (!reserved) {
    await lockAccount(req.payload, account.id, lockTime)
    throw new LockedAuth(req.t)
  }
  if ((await passwordMatches(password, account)) === false) {
    if ((reserved.loginAttempts ?? 0) >= maxLoginAttempts) await lockAccount(req.payload, account.id, lockTime)
    throw new AuthenticationError(req.t)
  }
  return args
}
