import type { Request, RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

import { translated } from '../i18n'
import { refuse } from './refuse'

const MINUTE_MS = 60_000

function limitFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback)
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

function limiter(max: number, windowMs: number, options: { skip?: (req: Request) => Promise<boolean> | boolean; skipSuccessfulRequests?: boolean }): RequestHandler {
  if (max === 0) return (_req, _res, next) => next()
  return rateLimit({
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

/**
 * Limits per client address (behind a proxy, set TRUST_PROXY so that it is the reader's):
 * - signIn: failed sign-ins and password resets (RATE_LIMIT_SIGN_IN, per 15 minutes);
 * - passwordReset: requests for a reset mail (RATE_LIMIT_PASSWORD_RESET, per hour);
 * - anonymous: requests to /api and /delivery without a valid session (RATE_LIMIT_ANONYMOUS, per minute).
 * 0 turns a limit off. Counts live in the process: each server counts its own clients.
 */
export function rateLimits(signedIn: (req: Request) => Promise<boolean>) {
  return {
    anonymous: limiter(limitFromEnv('RATE_LIMIT_ANONYMOUS', 600), MINUTE_MS, { skip: signedIn }),
    passwordReset: limiter(limitFromEnv('RATE_LIMIT_PASSWORD_RESET', 5), 60 * MINUTE_MS, {}),
    signIn: limiter(limitFromEnv('RATE_LIMIT_SIGN_IN', 20), 15 * MINUTE_MS, { skipSuccessfulRequests: true }),
  }
}
