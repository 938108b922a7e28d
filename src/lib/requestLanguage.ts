import { type Language, languageOf } from '../i18n'

const LANGUAGE_COOKIE = /(?:^|;\s*)payload-lng=(\w+)/

/**
 * The language Payload would answer in, for code that runs before Payload sees the request: the
 * admin's choice (its cookie), then the first language of Accept-Language when the CMS speaks it;
 * Chinese otherwise.
 */
export function languageOfHeaders(cookie: null | string | undefined, acceptLanguage: null | string | undefined): Language {
  const chosen = LANGUAGE_COOKIE.exec(cookie ?? '')?.[1]
  if (chosen) return languageOf(chosen)
  return languageOf(/^\s*([a-z]+)\b/i.exec(acceptLanguage ?? '')?.[1]?.toLowerCase())
}
