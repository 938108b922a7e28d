import { badRequest } from './errors'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const MAX_PAGE_SIZE = 50

export function slugParam(value: string, name: string): string {
  if (!SLUG.test(value)) throw badRequest(`${name} must be a slug (lower-case letters, digits, hyphens); got "${value}".`)
  return value
}

export function positiveInteger(value: unknown, name: string, { max = Number.MAX_SAFE_INTEGER } = {}): number {
  const text = String(value)
  const number = Number(text)
  if (!/^\d+$/.test(text) || number < 1 || number > max) {
    throw badRequest(`${name} must be a whole number from 1 to ${max}; got "${text}".`)
  }
  return number
}

export function idParam(value: string): number | string {
  // SQLite IDs are integers, MongoDB IDs 24 hex digits; anything else cannot name a document.
  if (/^\d+$/.test(value)) return Number(value)
  if (/^[0-9a-f]{24}$/i.test(value)) return value
  throw badRequest(`"${value}" is not a document ID.`)
}

export type Page = { limit: number; page: number }

export function pageParams(query: Record<string, unknown>): Page {
  return {
    limit: query.limit === undefined ? 10 : positiveInteger(query.limit, 'limit', { max: MAX_PAGE_SIZE }),
    page: query.page === undefined ? 1 : positiveInteger(query.page, 'page'),
  }
}
