import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { isStaff } from '../../access/roles'
import { translated } from '../i18n'
import { FORBIDDEN, RequestError } from '../lib/RequestError'
import { loadIssueOutline } from './outline'
import { reorderIssue } from './reorder'

/**
 * GET  /api/issues/:id/outline  sections and items in printed order, with the missing pieces (staff).
 * POST /api/issues/:id/order    { sections, items } puts them in that order (editors, admins); answers the new outline.
 */
export const issueBuilderEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/:id/outline',
    handler: async (req) => {
      if (!isStaff(req.user)) {
        throw new RequestError(req, FORBIDDEN, translated((m) => m.builder.staffOnly))
      }
      return Response.json(await loadIssueOutline(req, req.routeParams?.id as string))
    },
  },
  {
    method: 'post',
    path: '/:id/order',
    handler: async (req) => {
      await addDataAndFileToRequest(req)
      const id = req.routeParams?.id as string
      await reorderIssue(req, id, req.data)
      return Response.json(await loadIssueOutline(req, id))
    },
  },
]
