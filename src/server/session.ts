import type { IncomingMessage } from 'node:http'

import { jwtVerify } from 'jose'
import type { Payload } from 'payload'

/** A session Payload issued (Authorization: JWT|Bearer, or the session cookie). */
function sessionToken(req: IncomingMessage, sessionCookie: RegExp): string | undefined {
  const header = req.headers.authorization
  const fromHeader = header && /^(?:JWT|Bearer) (.+)$/.exec(header)?.[1]
  if (fromHeader) return fromHeader
  const { cookie } = req.headers
  return cookie ? sessionCookie.exec(cookie)?.[1] : undefined
}

/** Whether a request carries a session Payload issued, checked by its signature (before Payload reads the user). */
export function signedInCheck(payload: Payload): (req: IncomingMessage) => Promise<boolean> {
  const secret = new TextEncoder().encode(payload.secret)
  const sessionCookie = new RegExp(`(?:^|;\\s*)${payload.config.cookiePrefix}-token=([^;]+)`)
  return async (req) => {
    const token = sessionToken(req, sessionCookie)
    if (!token) return false
    return jwtVerify(token, secret).then(
      () => true,
      () => false,
    )
  }
}
