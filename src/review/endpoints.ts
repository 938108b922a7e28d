import type { Endpoint } from 'payload'

import { isStaff } from '../../access/roles'
import { translated } from '../i18n'
import { FORBIDDEN, RequestError } from '../lib/RequestError'
import type { WorkflowCollection } from '../workflow/states'
import { changesSinceReview } from './changes'

/** GET /api/{items|issues}/:id/changes  what changed since the last review, field by field (staff). */
export function changesEndpoint(collection: WorkflowCollection): Endpoint {
  return {
    method: 'get',
    path: '/:id/changes',
    handler: async (req) => {
      if (!isStaff(req.user)) throw new RequestError(req, FORBIDDEN, translated((m) => m.creditStats.staffOnly))
      return Response.json(await changesSinceReview(req, collection, req.routeParams?.id as string))
    },
  }
}
