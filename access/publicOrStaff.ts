import type { Access } from 'payload'

import { isStaff } from './roles'

/**
 * Images, references and contributors become public with the first published item that shows
 * them, and stop being public with the last (the workflow keeps the flag); until then only staff
 * see them, by REST, GraphQL or file URL.
 */
export const publicOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  return { public: { equals: true } }
}
