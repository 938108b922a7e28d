import type { IncomingMessage } from 'node:http'

import type { Request, RequestHandler } from 'express'
import { MemoryStore, rateLimit } from 'express-rate-limit'

import { translated } from '../i18n'
import { refuse } from './refuse'

const MINUTE_MS = 60_000

function limitFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback)
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

type LimiterOptions = {
  keyGenerator?: (req: Request) => string
  skip?: (req: Request) => Promise<boolean> | boolean
  skipSuccessfulRequests?: boolean
  store?: MemoryStore
}

function limiter(max: number, windowMs: number, options: LimiterOptions): RequestHandler {
  if (max === 0) return (_req, _res, next) => next()
  return rateLimit({
    keyGenerator: options.keyGenerator,
    store: options.store,
    handler: (req, res, _next, { windowMs: window }) => {
      const seconds = Math.ceil(Number(res.getHeader('Retry-After') ?? window / 1000))
      refuse(req, res, 429, translated((m) => m.server.tooManyRequests({ seconds })))
    },
    legacyHeaders: false,
    limit: max,
    skip: options.skip,
    skipSuccessfulRequests: options.skipSuccessfulRequests,
    standardHeaders: 'draft-8',
    windowMs,
  })
}

/** How long a client over its anonymous limit must wait, in seconds; nothing while it may go on. */
export type CountAnonymous = (req: IncomingMessage) => Promise<number | undefined>

/**
 * Limits per client address (behind a proxy, set TRUST_PROXY so that it is the reader's):
 * - signIn: failed sign-ins and password resets (RATE_LIMIT_SIGN_IN, per 15 minutes);
 * - passwordReset: requests for a reset mail (RATE_LIMIT_PASSWORD_RESET, per hour);
 * - anonymous: requests to /api and /delivery without a valid session (RATE_LIMIT_ANONYMOUS, per
 *   minute), one count for both: express counts /api, the front door /delivery (countAnonymous),
 *   in the same store under the same key (`clientKey`, the address express's req.ip would be).
 * 0 turns a limit off. Counts live in the process: each server counts its own clients.
 */
export function rateLimits(signedIn: (req: IncomingMessage) => Promise<boolean>, clientKey: (req: IncomingMessage) => string) {
  const anonymousMax = limitFromEnv('RATE_LIMIT_ANONYMOUS', 600)
  const anonymousStore = new MemoryStore()
  const anonymous = limiter(anonymousMax, MINUTE_MS, { keyGenerator: clientKey, skip: signedIn, store: anonymousStore })
  const countAnonymous: CountAnonymous = async (req) => {
    if (anonymousMax === 0 || (await signedIn(req))) return undefined
    const { resetTime, totalHits } = await anonymousStore.increment(clientKey(req))
    if (totalHits <= anonymousMax) return undefined
    return Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + MINUTE_MS) - Date.now()) / 1000))
  }
  return {
    anonymous,
    countAnonymous,
    passwordReset: limiter(limitFromEnv('RATE_LIMIT_PASSWORD_RESET', 5), 60 * MINUTE_MS, {}),
    signIn: limiter(limitFromEnv('RATE_LIMIT_SIGN_IN', 20), 15 * MINUTE_MS, { skipSuccessfulRequests: true }),
  }
}
