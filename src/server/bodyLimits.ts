import type { RequestHandler } from 'express'

import { translated } from '../i18n'
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
      return refuse(req, res, 411, translated((m) => m.server.contentLengthNeeded))
    }
    const max = req.is('multipart/form-data') ? formMax : jsonMax
    if (Number(declared) <= max) return next()
    refuse(req, res, 413, translated((m) => m.server.bodyTooLarge({ declared: megabytes(Number(declared)), max: megabytes(max) })))
  }
}
