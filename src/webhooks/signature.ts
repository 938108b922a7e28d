import { createHmac } from 'node:crypto'

/** The X-Bulletin-Signature value: HMAC-SHA256 of the exact bytes sent, keyed with the webhook's secret. */
export function signatureOf(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`
}
