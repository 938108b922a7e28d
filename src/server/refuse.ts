import type { Request, Response } from 'express'

import type { Bilingual } from '../lib/messages'

const LANGUAGE_COOKIE = /(?:^|;\s*)payload-lng=(\w+)/

/** The language Payload would answer in: the admin's choice (cookie), then Accept-Language; Chinese by default. */
export function requestLanguage(req: Request): 'en' | 'zh' {
  const chosen = LANGUAGE_COOKIE.exec(req.headers.cookie ?? '')?.[1]
  if (chosen) return chosen === 'en' ? 'en' : 'zh'
  const preferred = req.acceptsLanguages('zh', 'en')
  return preferred === 'en' ? 'en' : 'zh'
}

/**
 * Refuses a request before it reaches Payload or the delivery API, in the shape of the API the
 * client called: `{ error: { status, message } }` under /delivery, Payload's `{ errors: [{ message }] }` elsewhere.
 */
export function refuse(req: Request, res: Response, status: number, text: Bilingual): void {
  const message = text[requestLanguage(req)]
  const delivery = req.originalUrl.startsWith('/delivery/')
  res.status(status).json(delivery ? { error: { status, message } } : { errors: [{ message }] })
}
