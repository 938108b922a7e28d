import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { isStaff } from '../../access/roles'
import type { Issue } from '../payload-types'
import { openActions } from './openActions'
import { publicationSummary } from './publicationSummary'
import { actionLabel, runTransition } from './runTransition'
import type { WorkflowCollection } from './states'

type Body = { action?: unknown; comment?: unknown; publishAt?: unknown; quote?: unknown; reason?: unknown }

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * POST /api/{items|issues}/:id/workflow  { action, comment?, quote?, reason?, publishAt? }
 * GET  /api/{items|issues}/:id/workflow  the state, the actions that will succeed for the signed-in
 *      user, and the ones they may ask for that would be refused now, with the reason; when the
 *      issue can be published, what publishing it makes public (items, sections, footnotes).
 */
export function workflowEndpoints(collection: WorkflowCollection): Endpoint[] {
  return [
    {
      method: 'post',
      path: '/:id/workflow',
      handler: async (req) => {
        await addDataAndFileToRequest(req)
        const body = (req.data ?? {}) as Body
        const doc = await runTransition(req, {
          action: text(body.action) ?? '',
          collection,
          comment: text(body.comment),
          id: req.routeParams?.id as string,
          publishAt: text(body.publishAt),
          quote: text(body.quote),
          reason: text(body.reason),
        })
        return Response.json({ doc, workflowState: doc.workflowState })
      },
    },
    {
      method: 'get',
      path: '/:id/workflow',
      handler: async (req) => {
        if (!isStaff(req.user)) {
          return Response.json({ errors: [{ message: 'Forbidden' }] }, { status: 403 })
        }
        const doc = await req.payload.findByID({
          collection,
          depth: 0,
          draft: true,
          id: req.routeParams?.id as string,
          overrideAccess: false,
          req,
        })
        const { open, refused } = await openActions(req, collection, doc)
        const actions = open.map((transition) => ({ action: transition.action, label: actionLabel(transition), needsComment: transition.needsComment, needsReason: transition.needsReason }))
        const unavailable = refused.map(({ definition, reason }) => ({ action: definition.action, label: actionLabel(definition), reason }))
        const publication = open.some((transition) => transition.action === 'publish') ? await publicationSummary(req, doc as Issue) : undefined
        return Response.json({ actions, publication, unavailable, workflowState: doc.workflowState })
      },
    },
  ]
}
