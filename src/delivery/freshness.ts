import type { Request } from 'express'
import fresh from 'fresh'

import type { CachedResponse } from './cache'

/**
 * Whether the client already holds this response, so that 304 answers it: If-None-Match against
 * the ETag, else If-Modified-Since against Last-Modified, judged by the `fresh` package as
 * express's `req.fresh` judges them. Unlike `req.fresh`, a request's `Cache-Control: no-cache`
 * does not turn the 304 into a full answer: fetch() adds that header to every request that carries
 * a validator (the Fetch standard's "no-store" mode), so a partner's server calling with the ETag
 * it kept would never get its 304. The directive is for caches on the way; this is the origin.
 */
export function clientHasIt(req: Request, response: Pick<CachedResponse, 'etag' | 'lastModified'>): boolean {
  const conditions = { 'if-modified-since': req.headers['if-modified-since'], 'if-none-match': req.headers['if-none-match'] }
  return fresh(conditions, { etag: response.etag, 'last-modified': response.lastModified })
}
