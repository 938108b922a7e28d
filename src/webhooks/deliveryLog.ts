import type { Payload, RequestContext } from 'payload'

import type { PublicationEventType } from '../publication/events'
import type { PostResult } from './postEvent'

export type DeliveryAttempt = PostResult & {
  attempt: number
  deliveryID: string
  issueID: string
  requestBody: string
  type: PublicationEventType
  webhookID: number | string
}

const DELIVERY_LOG_WRITE = 'webhookDeliveryLog'

/**
 * One entry per attempt, in a transaction of its own (no `req`): a failed attempt stays recorded
 * although the task then throws to be retried.
 */
export async function recordDeliveryAttempt(payload: Payload, attempt: DeliveryAttempt): Promise<void> {
  await payload.create({
    collection: 'webhook-deliveries',
    context: { [DELIVERY_LOG_WRITE]: true },
    data: {
      attempt: attempt.attempt,
      deliveryID: attempt.deliveryID,
      delivered: attempt.delivered,
      durationMs: attempt.durationMs,
      error: attempt.error,
      eventType: attempt.type,
      issueID: attempt.issueID,
      requestBody: attempt.requestBody,
      responseExcerpt: attempt.responseExcerpt,
      responseStatus: attempt.responseStatus,
      webhook: attempt.webhookID as number,
    },
    overrideAccess: true,
  })
}

/** Only server code can set the request context, so no HTTP request can forge a log entry. */
export function isDeliveryLogWrite(context: RequestContext | undefined): boolean {
  return context?.[DELIVERY_LOG_WRITE] === true
}
