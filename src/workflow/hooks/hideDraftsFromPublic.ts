import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../../../access/roles'

/**
 * `?draft=true` (REST), `draft: true` (GraphQL, Local API) would serve the newest draft of a
 * published document. Only staff may ask for it; for everyone else a read is a published read.
 * Trusted server code (Local API with overrideAccess) is left alone.
 */
export const hideDraftsFromPublic: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || args.overrideAccess) return args
  if (isStaff(req.user)) return args
  return { ...args, draft: false }
}
