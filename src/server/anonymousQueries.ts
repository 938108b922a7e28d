import type { Request, RequestHandler } from 'express'

/** What one anonymous request to Payload's REST API may ask for: relationships one level deep, 50 documents. */
export const ANONYMOUS_MAX_DEPTH = 1
export const ANONYMOUS_MAX_LIMIT = 50

const whole = (value: string | null) => (value !== null && /^\d+$/.test(value.trim()) ? Number(value) : undefined)

/**
 * Payload's REST API answers the public too (published content only), at its default depth of 2
 * and with any page size, so a few anonymous clients asking for deep, long lists could keep the
 * process from answering /delivery and /healthz. For requests without a session, reads are capped
 * as Payload's own maxDepth caps a field: depth at most 1 (1 when not given), at most 50 documents
 * a page (limit=0, "all", is 50 too), always paginated. Downstream sites read /delivery/v1, which
 * is cached; staff are not capped.
 */
export function capAnonymousQueries(signedIn: (req: Request) => Promise<boolean>): RequestHandler {
  return async (req, _res, next) => {
    if (req.method !== 'GET' || (await signedIn(req))) return next()
    const [path, query = ''] = req.url.split(/\?(.*)/s, 2)
    const params = new URLSearchParams(query)
    params.set('depth', String(Math.min(whole(params.get('depth')) ?? ANONYMOUS_MAX_DEPTH, ANONYMOUS_MAX_DEPTH)))
    const limit = whole(params.get('limit'))
    if (params.has('limit')) params.set('limit', String(limit ? Math.min(limit, ANONYMOUS_MAX_LIMIT) : ANONYMOUS_MAX_LIMIT))
    params.delete('pagination')
    req.url = `${path}?${params}`
    next()
  }
}
