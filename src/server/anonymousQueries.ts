import type { IncomingMessage } from 'node:http'

import { E_TIMEOUT, Semaphore, withTimeout } from 'async-mutex'
import type { RequestHandler } from 'express'

import { translated } from '../i18n'
import { refuse } from './refuse'

/** What one anonymous request to Payload's REST API may ask for: relationships one level deep, 50 documents. */
export const ANONYMOUS_MAX_DEPTH = 1
export const ANONYMOUS_MAX_LIMIT = 50
/** Anonymous REST requests answered at once; the others wait their turn, at most this long. */
const ANONYMOUS_AT_ONCE = 1
const ANONYMOUS_WAIT_MS = 10_000

const whole = (value: string | null) => (value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined)

/**
 * Payload's REST API answers the public too (published content only), at its default depth of 2
 * and with any page size, so a few anonymous clients asking for deep, long lists could keep the
 * process from answering /delivery and /healthz. For requests without a session, reads are capped
 * as Payload's own maxDepth caps a field: depth at most 1 (1 when not given), at most 50 documents
 * a page (limit=0, "all", is 50 too), always paginated; and one is answered at a time, the others
 * waiting their turn (503 after ten seconds; signing in never waits), so that whatever else the
 * server is asked is answered between them. Downstream sites read /delivery/v1, which is cached; staff are neither capped nor queued.
 */
export function capAnonymousQueries(signedIn: (req: IncomingMessage) => Promise<boolean>): RequestHandler {
  const turns = withTimeout(new Semaphore(ANONYMOUS_AT_ONCE), ANONYMOUS_WAIT_MS)
  return async (req, res, next) => {
    if (await signedIn(req)) return next()
    if (req.method === 'GET') {
      const [path, query = ''] = req.url.split(/\?(.*)/s, 2)
      const params = new URLSearchParams(query)
      params.set('depth', String(Math.min(whole(params.get('depth')) ?? ANONYMOUS_MAX_DEPTH, ANONYMOUS_MAX_DEPTH)))
      const limit = whole(params.get('limit'))
      if (params.has('limit')) params.set('limit', String(limit ? Math.min(limit, ANONYMOUS_MAX_LIMIT) : ANONYMOUS_MAX_LIMIT))
      params.delete('pagination')
      req.url = `${path}?${params}`
    }
    // Signing in, out and the account's own routes never wait behind anonymous reading.
    if (req.path.startsWith('/users')) return next()
    try {
      const [, release] = await turns.acquire()
      res.once('close', release)
      // SQLite answers synchronously, so a request runs from its turn to its answer without letting
      // the event loop read another socket; taking the turn in a later round lets /delivery and
      // /healthz in between, instead of one anonymous request after another.
      await new Promise((resolve) => setImmediate(resolve))
      next()
    } catch (error) {
      if (error !== E_TIMEOUT) throw error
      res.setHeader('Retry-After', '5')
      refuse(req, res, 503, translated((m) => m.server.anonymousQueueFull))
    }
  }
}
