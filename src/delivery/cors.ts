import cors from 'cors'
import type { RequestHandler } from 'express'

/** The origins DELIVERY_CORS_ORIGINS lists (comma-separated, or * for any). */
export function configuredOrigins(value = process.env.DELIVERY_CORS_ORIGINS ?? ''): string[] {
  return value
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
}

/**
 * Browsers on the partner sites listed in DELIVERY_CORS_ORIGINS may call the API directly; other
 * origins get no CORS headers and the browser refuses. The `cors` package writes the headers; a
 * preflight is answered 204 whatever its origin (without the headers when it is not listed).
 */
export function corsForDelivery(origins = configuredOrigins()): RequestHandler[] {
  const anyOrigin = origins.includes('*')
  const allowed = new Set(origins)
  return [
    cors({
      // '*' for any origin; the caller's own origin when listed; false (no CORS at all) otherwise.
      origin: (origin, callback) => callback(null, !origin ? false : anyOrigin ? '*' : allowed.has(origin) ? origin : false),
      methods: 'GET, HEAD, OPTIONS',
      allowedHeaders: 'If-None-Match, Content-Type',
      exposedHeaders: 'ETag, Last-Modified',
      maxAge: 600,
      optionsSuccessStatus: 204,
    }),
    (req, res, next) => (req.method === 'OPTIONS' ? void res.status(204).end() : next()),
  ]
}
