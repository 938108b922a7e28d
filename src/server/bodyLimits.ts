import type { RequestHandler } from 'express'

import { megabytes, uploadLimits } from '../lib/uploadLimits'
import { refuse } from './refuse'

const DEFAULT_BODY_MAX_BYTES = 2 * 1024 * 1024
const WITHOUT_BODY = new Set(['GET', 'HEAD', 'OPTIONS'])

export function bodyMaxBytes(): number {
  const value = Number(process.env.REQUEST_BODY_MAX_BYTES)
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_BODY_MAX_BYTES
}

/**
 * Refuses a request body larger than the API takes before anyone reads it: JSON (and GraphQL)
 * up to REQUEST_BODY_MAX_BYTES; forms, which carry uploads, up to the largest image plus that.
 * The size must be declared (Content-Length), since a body is not read to find it out.
 */
export function limitRequestBodies(): RequestHandler {
  const jsonMax = bodyMaxBytes()
  const formMax = jsonMax + uploadLimits.maxBytes
  return (req, res, next) => {
    if (WITHOUT_BODY.has(req.method)) return next()
    const declared = req.headers['content-length']
    if (declared === undefined) {
      if (req.headers['transfer-encoding'] === undefined) return next()
      return refuse(req, res, 411, {
        en: 'Send the request body with a Content-Length header.',
        zh: '请求正文须带 Content-Length 头。',
      })
    }
    const max = req.is('multipart/form-data') ? formMax : jsonMax
    if (Number(declared) <= max) return next()
    refuse(req, res, 413, {
      en: `The request body is ${megabytes(Number(declared))}; this API takes at most ${megabytes(max)}.`,
      zh: `请求正文为 ${megabytes(Number(declared))}，本接口最多接受 ${megabytes(max)}。`,
    })
  }
}
