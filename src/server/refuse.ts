import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Translated } from '../i18n'
import { languageOfHeaders } from '../lib/requestLanguage'

/**
 * Refuses a request before it reaches Payload or the delivery API, in the shape of the API the
 * client called: `{ error: { status, message } }` under /delivery, Payload's `{ errors: [{ message }] }`
 * elsewhere. Plain node:http, so that the front door (frontDoor.ts) refuses as express does.
 */
export function refuse(req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, status: number, text: Translated): void {
  const message = text[languageOfHeaders(req.headers.cookie, req.headers['accept-language'])]
  const delivery = (req.originalUrl ?? req.url ?? '').startsWith('/delivery/')
  const body = JSON.stringify(delivery ? { error: { status, message } } : { errors: [{ message }] })
  res.statusCode = status
  res.setHeader('Content-Type', 'application/json; charset=utf-8')
  res.setHeader('Content-Length', Buffer.byteLength(body))
  res.end(body)
}
