import type { RequestHandler } from 'express'

/**
 * Browsers on the partner sites listed in DELIVERY_CORS_ORIGINS (comma-separated, or * for any)
 * may call the API directly; other origins get no CORS headers and the browser refuses.
 */
export function corsForDelivery(): RequestHandler {
  const allowed = (process.env.DELIVERY_CORS_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean)
  return (req, res, next) => {
    const origin = req.headers.origin
    if (origin && (allowed.includes('*') || allowed.includes(origin))) {
      res.setHeader('Access-Control-Allow-Origin', allowed.includes('*') ? '*' : origin)
      res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS')
      res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, Content-Type')
      res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified')
      res.setHeader('Access-Control-Max-Age', '600')
    }
    if (req.method === 'OPTIONS') return void res.status(204).end()
    next()
  }
}
