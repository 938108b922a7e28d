import type { Access } from 'payload'

import { isStaff } from './roles'

/**
 * Images become public with the first published item that shows them (the workflow sets the
 * flag); until then only staff can see them, by API or by file URL.
 */
export const publicMediaOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  return { public: { equals: true } }
}
