import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const derive = promisify(pbkdf2)

/**
 * Payload's stored password hashes (payload/dist/auth/strategies/local/generatePasswordSaltHash):
 * `pbkdf2-sha256-v1:<hex>` with 600,000 iterations and 32 bytes, or the older bare hex with
 * 25,000 iterations and 512 bytes. test/auth/login.spec.ts fails if Payload changes them.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const CURRENT = { iterations: 600_000, keyLength: 32 }
const LEGACY = { iterations: 25_000, keyLength: 512 }
const LEGACY_HASH = /^[0-9a-f]+$/

type StoredPassword = { hash?: unknown; salt?: unknown }

/** `undefined` when the stored hash is in a form this module does not know (Payload then decides). */
export async function passwordMatches(password: string, { hash, salt }: StoredPassword): Promise<boolean | undefined> {
  if (typeof hash !== 'string' || typeof salt !== 'string') return undefined
  const current = hash.startsWith(CURRENT_PREFIX)
  if (!current && !LEGACY_HASH.test(hash)) return undefined
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const stored = Buffer.from(current ? hash.slice(CURRENT_PREFIX.length) : hash, 'hex')
  const derived = await derive(password, salt, iterations, keyLength, 'sha256')
  return derived.length === stored.length && timingSafeEqual(derived, stored)
}

/** The work of checking a password, for an account that does not exist: the answer takes as long. */
export async function checkNoPassword(password: string): Promise<void> {
  await derive(password, 'no-such-account', CURRENT.iterations, CURRENT.keyLength, 'sha256')
}
