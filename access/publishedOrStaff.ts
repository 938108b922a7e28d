import type { Access } from 'payload'

import { isStaff } from './roles'

/**
 * Staff read work in progress; everyone else reads published documents only. A `Where`
 * rather than `false`, so that lists and counts are filtered instead of refused.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (isStaff(user)) return true
  return { _status: { equals: 'published' } }
}
