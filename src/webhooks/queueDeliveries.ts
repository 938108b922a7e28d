import { randomUUID } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { type PublicationEvent, subscribeToPublicationInTransaction } from '../publication/events'
import { issueSummary } from './issueSummary'

export const WEBHOOKS_QUEUE = 'webhooks'
export const DELIVER_WEBHOOK_TASK = 'deliverWebhook'

/**
 * One job per active webhook that wants the event, so that a failing receiver delays and retries
 * only its own delivery. The issue is described now, as the event left it: a retry an hour later
 * sends the same signed body with the same delivery id (receivers can recognise a repeat), and a
 * withdrawn issue deleted in the meantime is still reported.
 */
async function queueDeliveries(req: PayloadRequest, event: PublicationEvent): Promise<void> {
  const { payload } = req
  const { docs: webhooks } = await payload.find({
    collection: 'webhooks',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { and: [{ active: { equals: true } }, { events: { in: [event.type] } }] },
  })
  if (webhooks.length === 0) return
  const summary = await issueSummary(payload, event.issue)
  for (const webhook of webhooks) {
    await payload.jobs.queue({
      input: {
        delivery: randomUUID(),
        issue: String(event.issue.id),
        occurredAt: event.occurredAt,
        summary,
        type: event.type,
        webhook: String(webhook.id),
      },
      queue: WEBHOOKS_QUEUE,
      req,
      task: DELIVER_WEBHOOK_TASK,
    })
  }
}

// At module load: importing this module from the Payload config is what wires webhooks up in
// every process that publishes (the server and its jobs runner, scripts, tests).
subscribeToPublicationInTransaction(queueDeliveries)
