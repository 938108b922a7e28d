import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { isStaff } from '../../access/roles'
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
        throw new RequestError(req, FORBIDDEN, { en: 'The issue builder is for staff.', zh: '期刊编排仅供编辑部人员使用。' })
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
