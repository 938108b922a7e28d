import type { CollectionBeforeChangeHook, SanitizedConfig } from 'payload'

import { FORBIDDEN, WorkflowError } from '../workflow/WorkflowError'

const LOCKS = 'payload-locked-documents'

type LockOwner = { relationTo?: string; value?: unknown } | null | undefined

/** A lock says who is editing: anyone may take a document over, in their own name only. */
const inOwnName: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user || !('user' in data)) return data
  const owner = data.user as LockOwner
  const ownerID = owner && typeof owner.value === 'object' && owner.value !== null ? (owner.value as { id?: unknown }).id : owner?.value
  if (owner?.relationTo === req.user.collection && String(ownerID) === String(req.user.id)) return data
  throw new WorkflowError(req, FORBIDDEN, {
    en: 'A document can be locked only in your own name.',
    zh: '只能以您本人的名义锁定文档。',
  })
}

/**
 * Payload adds its document-lock collection while it sanitizes the config, with "anyone signed
 * in" for every rule, so it can be given a hook only afterwards: the admin (and anyone with a
 * token) writes locks over REST and GraphQL, and a lock in a colleague's name blocked their edits.
 */
export async function ownLocksOnly(config: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const sanitized = await config
  const locks = sanitized.collections.find((collection) => collection.slug === LOCKS)
  if (!locks) throw new Error(`Payload no longer has the ${LOCKS} collection this config guards.`)
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), inOwnName]
  return sanitized
}
