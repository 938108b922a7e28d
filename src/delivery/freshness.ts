import type { IncomingMessage } from 'node:http'

import accepts from 'accepts'
import fresh from 'fresh'

import type { CachedResponse, ContentEncoding } from './cache'

/**
 * Whether the client already holds this response, so that 304 answers it: If-None-Match against
 * the ETag, else If-Modified-Since against Last-Modified, judged by the `fresh` package as
 * express's `req.fresh` judges them. Unlike `req.fresh`, a request's `Cache-Control: no-cache`
 * does not turn the 304 into a full answer: fetch() adds that header to every request that carries
 * a validator (the Fetch standard's "no-store" mode), so a partner's server calling with the ETag
 * it kept would never get its 304. The directive is for caches on the way; this is the origin.
 */
export function clientHasIt(req: IncomingMessage, response: Pick<CachedResponse, 'etag' | 'lastModified'>): boolean {
  const conditions = { 'if-modified-since': req.headers['if-modified-since'], 'if-none-match': req.headers['if-none-match'] }
  return fresh(conditions, { etag: response.etag, 'last-modified': response.lastModified })
}

/**
 * The form of a kept response this client takes: brotli, else gzip, when it accepts them and the body
 * was compressed when it was kept, else the body as it is. Each form has its own ETag (the body's
 * with the encoding appended), as a strong validator must for different bytes.
 */
export function representation(req: IncomingMessage, response: CachedResponse): { body: Buffer; encoding?: ContentEncoding; etag: string } {
  if (!req.headers['accept-encoding']) return { body: response.body, etag: response.etag }
  const accepted = accepts(req)
  // Brotli when accepted at all: it is the smaller, and every client that names it decodes it.
  const chosen = (['br', 'gzip'] as const).find((encoding) => response.encoded[encoding] && accepted.encodings(encoding) === encoding)
  if (!chosen) return { body: response.body, etag: response.etag }
  return { body: response.encoded[chosen] as Buffer, encoding: chosen, etag: `${response.etag.slice(0, -1)}-${chosen}"` }
}
