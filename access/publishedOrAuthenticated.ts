import type { Access } from 'payload'

/** Staff read work in progress; the public reads published documents only. */
export const publishedOrAuthenticated: Access = ({ req: { user } }) => {
  if (user) return true
  return { _status: { equals: 'published' } }
}
