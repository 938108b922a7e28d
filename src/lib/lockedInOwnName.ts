import type { CollectionBeforeChangeHook } from 'payload'

import { translated } from '../i18n'
import { FORBIDDEN, RequestError } from './RequestError'

type LockOwner = { relationTo?: string; value?: unknown } | null | undefined

/** A lock says who is editing: anyone may take a document over, in their own name only. */
export const lockedInOwnName: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user || !('user' in data)) return data
  const owner = data.user as LockOwner
  const ownerID = owner && typeof owner.value === 'object' && owner.value !== null ? (owner.value as { id?: unknown }).id : owner?.value
  if (owner?.relationTo === req.user.collection && String(ownerID) === String(req.user.id)) return data
  throw new RequestError(req, FORBIDDEN, translated((m) => m.locking.ownNameOnly))
}
