const TRACKING_PARAMETER = /^(utm_\w+|fbclid|gclid|spm|from|share_token)$/i
const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/
const DOI_PREFIX = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i

/**
 * The canonical form of a web address, so that the same page entered twice is recognised:
 * lower-case host, no default port, no fragment, no tracking parameters.
 * Returns null for anything that is not an absolute http(s) URL.
 */
export function normalizeURL(input: string): null | string {
  const trimmed = input.trim()
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null
  url.hash = ''
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(key)) url.searchParams.delete(key)
  }
  return url.toString()
}

/**
 * DOIs are case-insensitive and are pasted as "doi:10.…", "https://doi.org/10.…" or bare;
 * all become the bare lower-case "10.…". Returns null when it is not a DOI.
 */
export function normalizeDOI(input: string): null | string {
  let doi = input.trim().replace(DOI_PREFIX, '')
  try {
    doi = decodeURIComponent(doi)
  } catch {
    return null
  }
  doi = doi.toLowerCase()
  return DOI_PATTERN.test(doi) ? doi : null
}

export function doiURL(doi: string): string {
  return `https://doi.org/${doi}`
}

// In printed text, an address ends where Chinese punctuation, a quote or a closing bracket begins.
const URL_IN_TEXT = /https?:\/\/[^\s<>"'“”，。；、）》」】]+/i
const DOI_IN_TEXT = /\b10\.\d{4,9}\/[^\s<>"'“”，。；、）》」】]+/

function trimTrailingPunctuation(value: string): string {
  return value.replace(/[.,;:)\]>]+$/, '')
}

/** The first web address written in a footnote or sentence, without the punctuation after it. */
export function findURL(text: string): string | undefined {
  const match = URL_IN_TEXT.exec(text)
  return match ? trimTrailingPunctuation(match[0]) : undefined
}

/** The first DOI (10.xxxx/…) written in a footnote or sentence, without the punctuation after it. */
export function findDOI(text: string): string | undefined {
  const match = DOI_IN_TEXT.exec(text)
  return match ? trimTrailingPunctuation(match[0]) : undefined
}
