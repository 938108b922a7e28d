import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { hasAnyRole, isStaff } from '../../access/roles'
import { actionLabel, runTransition } from './runTransition'
import type { WorkflowCollection } from './states'
import { transitionsFor } from './transitions'

type Body = { action?: unknown; comment?: unknown; publishAt?: unknown; quote?: unknown; reason?: unknown }

const text = (value: unknown) => (typeof value === 'string' ? value : undefined)

/**
 * POST /api/{items|issues}/:id/workflow  { action, comment?, quote?, reason?, publishAt? }
 * GET  /api/{items|issues}/:id/workflow  the state and the actions open to the signed-in user.
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
        const actions = transitionsFor(collection)
          .filter((transition) => transition.from.includes(doc.workflowState as never))
          .filter((transition) => hasAnyRole(req.user, transition.roles ?? []))
          .map((transition) => ({ action: transition.action, label: actionLabel(transition), needsComment: transition.needsComment, needsReason: transition.needsReason }))
        return Response.json({ actions, workflowState: doc.workflowState })
      },
    },
  ]
}
