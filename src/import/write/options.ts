import type { PayloadRequest } from 'payload'

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
    throw new RequestError(req, BAD_REQUEST, { en: 'Give the year as four digits, e.g. 2023.', zh: '请填写四位数的年份，如 2023。' })
  }
  if (!Number.isInteger(target.number) || target.number < 1 || target.number > 99) {
    throw new RequestError(req, BAD_REQUEST, { en: 'Give the number within the year, from 1 to 99.', zh: '请填写当年期号（1 到 99）。' })
  }
  if (target.date !== undefined && !isDay(target.date)) {
    throw new RequestError(req, BAD_REQUEST, {
      en: `“${target.date}” is not a date: write it as yyyy-mm-dd, e.g. 2023-01-15.`,
      zh: `“${target.date}”不是有效日期，请按 yyyy-mm-dd 填写，如 2023-01-15。`,
    })
  }
  if (target.published && !hasRole(req.user as never, 'admin')) {
    throw new RequestError(req, FORBIDDEN, {
      en: 'Only administrators bring a back issue in as already published; import it as a draft instead.',
      zh: '只有管理员可以把往期作为已发布导入；请作为草稿导入。',
    })
  }
}

export async function findSeries(req: PayloadRequest, slug: string): Promise<Series> {
  const { docs } = await req.payload.find({ collection: 'series', depth: 0, overrideAccess: false, pagination: false, req })
  const series = docs.find((candidate) => candidate.slug === slug.trim())
  if (series) return series
  const known = docs.map((candidate) => `${candidate.slug} (${candidate.title})`)
  throw new RequestError(req, BAD_REQUEST, {
    en: `There is no series “${slug}”. Series: ${known.join(', ') || 'none yet'}.`,
    zh: `没有刊物系列“${slug}”。现有系列：${known.join('、') || '暂无'}。`,
  })
}
