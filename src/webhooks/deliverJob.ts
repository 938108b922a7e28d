import type { TaskConfig } from 'payload'

import { publicationEventTypes } from '../publication/events'
import { recordDeliveryAttempt } from './deliveryLog'
import { postEvent } from './postEvent'
import { DELIVER_WEBHOOK_TASK } from './queueDeliveries'
import { webhookSettings } from './settings'

/**
 * Sends one publication event to one webhook (queued by queueDeliveries.ts, run by the server's
 * `webhooks` queue). Every attempt is logged; a failed one throws, which is how Payload knows to
 * try again later, waiting twice as long after each failure.
 */
export const deliverWebhookTask: TaskConfig<'deliverWebhook'> = {
  slug: DELIVER_WEBHOOK_TASK,
  label: 'Deliver a webhook',
  retries: {
    attempts: webhookSettings.maxAttempts - 1,
    backoff: { type: 'exponential', delay: webhookSettings.retryDelayMs },
  },
  inputSchema: [
    { name: 'webhook', type: 'text', required: true },
    { name: 'delivery', type: 'text', required: true },
    { name: 'type', type: 'select', options: [...publicationEventTypes], required: true },
    { name: 'issue', type: 'text', required: true },
    { name: 'occurredAt', type: 'text', required: true },
    { name: 'summary', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'delivered', type: 'checkbox', required: true }],
  handler: async ({ input, job, req }) => {
    const webhook = await req.payload.findByID({
      collection: 'webhooks',
      depth: 0,
      disableErrors: true,
      id: input.webhook,
      overrideAccess: true,
    })
    // Switched off or deleted since the event: the administrator no longer wants it sent.
    if (!webhook?.active) return { output: { delivered: false } }

    const attempt = (job.totalTried ?? 0) + 1
    const body = JSON.stringify({
      id: input.delivery,
      type: input.type,
      occurredAt: input.occurredAt,
      issue: input.summary,
    })
    const result = await postEvent({
      body,
      deliveryID: input.delivery,
      // Never empty: the collection generates a secret for a webhook saved without one.
      secret: webhook.secret as string,
      type: input.type,
      url: webhook.url,
    })
    await recordDeliveryAttempt(req.payload, {
      ...result,
      attempt,
      deliveryID: input.delivery,
      issueID: input.issue,
      requestBody: body,
      type: input.type,
      webhookID: webhook.id,
    })
    if (!result.delivered) {
      const reason = result.error ?? `HTTP ${result.responseStatus}`
      // Not the URL: some receivers carry a token in it, and this message goes to the server log.
      throw new Error(`Webhook “${webhook.name}”, attempt ${attempt} of ${webhookSettings.maxAttempts}: ${reason}`)
    }
    return { output: { delivered: true } }
  },
}
