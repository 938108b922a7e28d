import type { Request, Response } from 'express'

import type { Translated } from '../i18n'
import { languageOfHeaders } from '../lib/requestLanguage'

/**
 * Refuses a request before it reaches Payload or the delivery API, in the shape of the API the
 * client called: `{ error: { status, message } }` under /delivery, Payload's `{ errors: [{ message }] }` elsewhere.
 */
export function refuse(req: Request, res: Response, status: number, text: Translated): void {
  const message = text[languageOfHeaders(req.headers.cookie, req.headers['accept-language'])]
  const delivery = req.originalUrl.startsWith('/delivery/')
  res.status(status).json(delivery ? { error: { status, message } } : { errors: [{ message }] })
}
