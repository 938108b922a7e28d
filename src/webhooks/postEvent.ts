import type { PublicationEventType } from '../publication/events'
import { webhookSettings } from './settings'
import { signatureOf } from './signature'

export type PostResult = {
  delivered: boolean
  durationMs: number
  error: string | null
  responseExcerpt: string | null
  responseStatus: number | null
}

type Delivery = { body: string; deliveryID: string; secret: string; type: PublicationEventType; url: string }

const EXCERPT_CHARS = 1000

/** A receiver may answer with a whole page; the log keeps its beginning only, and reads no further. */
async function excerptOf(response: Response): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  while (text.length < EXCERPT_CHARS) {
    const { done, value } = await reader.read()
    if (done) break
    text += decoder.decode(value, { stream: true })
  }
  await reader.cancel()
  return text.slice(0, EXCERPT_CHARS)
}

/** fetch reports "fetch failed"; what went wrong (refused, reset, DNS) is in its cause. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  if (!(error.cause instanceof Error)) return error.message
  const { code } = error.cause as { code?: string }
  const detail = code && !error.cause.message.includes(code) ? `${error.cause.message} (${code})` : error.cause.message
  return `${error.message}: ${detail}`
}

/**
 * One signed POST. A 2xx answer is a delivery; any other status, a network error or no answer
 * within the timeout is a failure. Redirects are not followed: they would turn the POST into a GET
 * somewhere the administrator never configured.
 */
export async function postEvent(delivery: Delivery): Promise<PostResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const response = await fetch(delivery.url, {
      body: delivery.body,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'BulletinCMS-Webhooks/1',
        'X-Bulletin-Delivery': delivery.deliveryID,
        'X-Bulletin-Event': delivery.type,
        'X-Bulletin-Signature': signatureOf(delivery.body, delivery.secret),
      },
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(webhookSettings.timeoutMs),
    })
    const responseExcerpt = (await excerptOf(response)) || null
    return {
      delivered: response.status >= 200 && response.status < 300,
      durationMs: elapsed(),
      error: null,
      responseExcerpt,
      responseStatus: response.status,
    }
  } catch (error) {
    return { delivered: false, durationMs: elapsed(), error: describe(error), responseExcerpt: null, responseStatus: null }
  }
}
