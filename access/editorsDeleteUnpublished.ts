import type { Access } from 'payload'

import { hasRole } from './roles'

/** What the public has seen is withdrawn, not deleted: editors delete unpublished work only. */
export const editorsDeleteUnpublished: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'editor')) return false
  return { _status: { not_equals: 'published' } }
}
