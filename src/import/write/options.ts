import type { PayloadRequest } from 'payload'

import { translated } from '../../i18n'
import { hasRole } from '../../../access/roles'
import { BAD_REQUEST, FORBIDDEN, RequestError } from '../../lib/RequestError'
import type { Series } from '../../payload-types'

/** What the person importing says about the file: which issue of which series it is. */
export type ImportTarget = {
  series: string
  year: number
  number: number
  /** yyyy-mm-dd; the date on the cover when not given. */
  date?: string
  /** Bring a back issue in as already published (administrators only). */
  published?: boolean
  /** Rewrite the draft of the same series, year and number. */
  replace?: boolean
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

export function isDay(value: string): boolean {
  return DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
}

/** Refuses a target that cannot name an issue, before anything is read or written. */
export function checkTarget(req: PayloadRequest, target: ImportTarget): void {
  if (!Number.isInteger(target.year) || target.year < 1949 || target.year > 2999) {
    throw new RequestError(req, BAD_REQUEST, translated((m) => m.import.yearDigits))
  }
  if (!Number.isInteger(target.number) || target.number < 1 || target.number > 99) {
    throw new RequestError(req, BAD_REQUEST, translated((m) => m.import.numberRange))
  }
  if (target.date !== undefined && !isDay(target.date)) {
    throw new RequestError(req, BAD_REQUEST, translated((m) => m.import.notADate({ date: target.date })))
  }
  if (target.published && !hasRole(req.user as never, 'admin')) {
    throw new RequestError(req, FORBIDDEN, translated((m) => m.import.backIssueAdminsOnly))
  }
}

export async function findSeries(req: PayloadRequest, slug: string): Promise<Series> {
  const { docs } = await req.payload.find({ collection: 'series', depth: 0, overrideAccess: false, pagination: false, req })
  const series = docs.find((candidate) => candidate.slug === slug.trim())
  if (series) return series
  const known = docs.map((candidate) => `${candidate.slug} (${candidate.title})`)
  throw new RequestError(req, BAD_REQUEST, translated((m) => m.import.noSuchSeries({ known, slug })))
}
