import { type CitationFormat, citationFormatList, isCitationFormat } from '../citations'
import { translated } from '../i18n'
import { badRequest } from './errors'

/**
 * The delivery API's parameters, checked before anything is read: each parser returns the value
 * in the type the query wants, or throws a 400 that says what was expected and what came.
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const MAX_PAGE_SIZE = 50
export const MAX_SEARCH_QUERY_LENGTH = 100

export function slugParam(value: string, name: string): string {
  if (!SLUG.test(value)) throw badRequest(translated((m) => m.delivery.notASlug({ name, value })))
  return value
}

export function positiveInteger(value: unknown, name: string, { max = Number.MAX_SAFE_INTEGER } = {}): number {
  const text = String(value)
  const number = Number(text)
  if (!/^\d+$/.test(text) || number < 1 || number > max) {
    throw badRequest(translated((m) => m.delivery.notAWholeNumber({ max, name, value: text })))
  }
  return number
}

export function idParam(value: string): number | string {
  // SQLite IDs are integers, MongoDB IDs 24 hex digits; anything else cannot name a document.
  if (/^\d{1,15}$/.test(value)) return Number(value)
  if (/^[0-9a-f]{24}$/i.test(value)) return value
  throw badRequest(translated((m) => m.delivery.notADocumentID({ value })))
}

export type Page = { limit: number; page: number }

export function pageParams(query: Record<string, unknown>): Page {
  return {
    limit: query.limit === undefined ? 10 : positiveInteger(query.limit, 'limit', { max: MAX_PAGE_SIZE }),
    page: query.page === undefined ? 1 : positiveInteger(query.page, 'page'),
  }
}

/** `?q=`, trimmed: required, and at most MAX_SEARCH_QUERY_LENGTH characters. */
export function searchQueryParam(value: unknown): string {
  const query = typeof value === 'string' ? value.trim() : ''
  if (!query) throw badRequest(translated((m) => m.delivery.searchQueryNeeded))
  if (query.length > MAX_SEARCH_QUERY_LENGTH) throw badRequest(translated((m) => m.delivery.searchQueryTooLong({ max: MAX_SEARCH_QUERY_LENGTH })))
  return query
}

/** `?format=` of a citation file. */
export function citationFormatParam(value: unknown): CitationFormat {
  if (!isCitationFormat(value)) throw badRequest(translated((m) => m.delivery.citationFormat({ formats: citationFormatList, value: String(value ?? '') })))
  return value
}

export type FeedFormat = 'atom' | 'json' | 'rss'

/** `/feeds/<series>.<format>`: the series slug and the feed format. */
export function feedFileParam(file: string): { format: FeedFormat; slug: string } {
  const match = /^([a-z0-9-]+)\.(rss|atom|json)$/.exec(file)
  if (!match) throw badRequest(translated((m) => m.delivery.feedFile({ file })))
  return { format: match[2] as FeedFormat, slug: match[1] }
}
