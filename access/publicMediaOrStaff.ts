import type { Access } from 'payload'

import { hasAnyRole } from './roles'

/**
 * Images become public with the first published item that shows them (the workflow sets the
 * flag); until then only staff can see them, by API or by file URL.
 */
export const publicMediaOrStaff: Access = ({ req: { user } }) => {
  if (hasAnyRole(user, ['admin', 'editor', 'reviewer'])) return true
  return { public: { equals: true } }
}
