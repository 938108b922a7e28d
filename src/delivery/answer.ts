import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import type { CachedResponse } from './cache'
import { clientHasIt, representation } from './freshness'

/** Partner sites and CDNs may keep an answer a minute, and serve it stale for five while refetching. */
export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'

/**
 * Writes a kept response in the form the client takes, or 304 when it holds it already. Plain
 * node:http, so that the express route and the front door (src/server/frontDoor.ts) answer alike.
 */
export function answerKept(req: IncomingMessage, res: ServerResponse, response: CachedResponse): void {
  const { body, encoding, etag } = representation(req, response)
  const headers: OutgoingHttpHeaders = {
    'Cache-Control': CACHE_CONTROL,
    ETag: etag,
    'Last-Modified': response.lastModified,
    Vary: 'Origin, Accept-Encoding',
    ...response.headers,
  }
  if (clientHasIt(req, { etag, lastModified: response.lastModified })) {
    res.writeHead(304, headers).end()
    return
  }
  if (encoding) headers['Content-Encoding'] = encoding
  headers['Content-Type'] = response.contentType
  headers['Content-Length'] = body.length
  // One writeHead with every header: the cheapest way node:http has to answer.
  res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body)
}
