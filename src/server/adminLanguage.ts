import type { RequestHandler } from 'express'

const LANGUAGE_COOKIE = 'payload-lng'
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

/**
 * The office works in Chinese: until a language is chosen in the admin's account settings,
 * the admin opens in Chinese whatever the browser's Accept-Language says. The cookie is also
 * set on the response so that the admin's own API calls answer in Chinese too.
 */
export const chineseAdminByDefault: RequestHandler = (req, res, next) => {
  const cookies = req.headers.cookie ?? ''
  if (!cookies.split(/;\s*/).some((cookie) => cookie.startsWith(`${LANGUAGE_COOKIE}=`))) {
    req.headers.cookie = cookies ? `${cookies}; ${LANGUAGE_COOKIE}=zh` : `${LANGUAGE_COOKIE}=zh`
    res.append('Set-Cookie', `${LANGUAGE_COOKIE}=zh; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`)
  }
  next()
}
