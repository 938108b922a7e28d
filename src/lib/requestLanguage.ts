const LANGUAGE_COOKIE = /(?:^|;\s*)payload-lng=(\w+)/

/**
 * The language Payload would answer in, for code that runs before Payload sees the request: the
 * admin's choice (its cookie), then Accept-Language when it puts English first; Chinese otherwise.
 */
export function languageOfHeaders(cookie: null | string | undefined, acceptLanguage: null | string | undefined): 'en' | 'zh' {
  const chosen = LANGUAGE_COOKIE.exec(cookie ?? '')?.[1]
  if (chosen) return chosen === 'en' ? 'en' : 'zh'
  return /^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'zh'
}
