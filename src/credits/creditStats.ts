import type { Payload, Where } from 'payload'

import { type CreditRole, creditRoles } from '../lib/credits'
import { type Translated, translated } from '../i18n'
import { relationID } from '../lib/relationID'
import type { Author, Issue, Item, Section } from '../payload-types'

export const periods = ['month', 'quarter', 'year', 'range'] as const
export type Period = (typeof periods)[number]

export type StatsQuery = {
  period: Period
  /** First day of the period, YYYY-MM-DD, inclusive. */
  from: string
  /** Last day of the period, YYYY-MM-DD, inclusive. */
  to: string
  series?: string
  section?: string
}

export type ByRole = Record<CreditRole, number>
export type ContributorRef = { id: number | string; kind: Author['kind']; name: string; slug: null | string }
export type StatsRow = { contributor: ContributorRef; byRole: ByRole; total: number; items: number }
export type CreditStats = {
  period: Period
  from: string
  to: string
  series: null | string
  section: null | string
  rows: StatsRow[]
  totals: { byRole: ByRole; total: number; items: number }
}
export type CreditedItem = {
  item: { id: number | string; title: string; slug: null | string }
  issue: { id: number | string; label: null | string; publicationDate: string }
  section: { id: number | string; name: string; slug: null | string } | null
  role: CreditRole
}

/** A refused query: the endpoint answers it with this status and the message in the reader's language. */
export class CreditQueryError extends Error {
  constructor(
    readonly status: number,
    readonly text: Translated,
  ) {
    super(text.en)
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function parseDay(value: string, name: 'from' | 'to'): string {
  const match = ISO_DATE.exec(value.trim())
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null
  if (!match || !date || date.toISOString().slice(0, 10) !== value.trim()) {
    throw new CreditQueryError(400, translated((m) => m.credits.notADate({ name, value })))
  }
  return value.trim()
}

const day = (date: Date) => date.toISOString().slice(0, 10)

/**
 * Reads `period`, `from`, `to`, `year`, `quarter`, `month`, `series`, `section` from a query
 * string. For month, quarter and year, the calendar period is named by `year` (with `quarter` 1–4
 * or `month` 1–12), or is the one containing the day `from`, or today's; `range` needs both `from`
 * and `to`. Dates are calendar days (UTC), inclusive at both ends.
 */
export function parseStatsQuery(params: Record<string, unknown>, today = new Date()): StatsQuery {
  const text = (name: string) => {
    const value = params[name]
    return typeof value === 'string' && value.trim() ? value.trim() : undefined
  }
  const period = (text('period') ?? 'year') as Period
  if (!periods.includes(period)) {
    throw new CreditQueryError(400, translated((m) => m.credits.unknownPeriod({ period: String(params.period) })))
  }
  const fromText = text('from')
  const toText = text('to')
  const series = text('series')
  const section = text('section')
  if (period === 'range') {
    if (!fromText || !toText) {
      throw new CreditQueryError(400, translated((m) => m.credits.rangeNeedsBoth))
    }
    const from = parseDay(fromText, 'from')
    const to = parseDay(toText, 'to')
    if (from > to) {
      throw new CreditQueryError(400, translated((m) => m.credits.fromAfterTo({ from, to })))
    }
    return { period, from, to, series, section }
  }
  if (toText) parseDay(toText, 'to')
  const anchor = periodAnchor(period, text, today)
  const year = anchor.getUTCFullYear()
  const month = anchor.getUTCMonth()
  const firstMonth = period === 'year' ? 0 : period === 'quarter' ? month - (month % 3) : month
  const months = period === 'year' ? 12 : period === 'quarter' ? 3 : 1
  const start = new Date(Date.UTC(year, firstMonth, 1))
  const end = new Date(Date.UTC(year, firstMonth + months, 0))
  return { period, from: day(start), to: day(end), series, section }
}

/** A day in the calendar period asked for: named by `year` (and its quarter or month), or by `from`, else today. */
function periodAnchor(period: Exclude<Period, 'range'>, text: (name: string) => string | undefined, today: Date): Date {
  const fromText = text('from')
  const yearText = text('year')
  if (fromText && yearText) throw new CreditQueryError(400, translated((m) => m.credits.fromOrYear))
  if (fromText) return new Date(`${parseDay(fromText, 'from')}T00:00:00Z`)
  if (!yearText) return today
  const year = wholeNumber(yearText, 'year', 1900, 2999)
  if (period === 'year') return new Date(Date.UTC(year, 0, 1))
  const max = period === 'quarter' ? 4 : 12
  const partText = text(period)
  if (!partText) throw new CreditQueryError(400, translated((m) => m.credits.yearNeedsPart({ period, max })))
  const part = wholeNumber(partText, period, 1, max)
  return new Date(Date.UTC(year, period === 'quarter' ? (part - 1) * 3 : part - 1, 1))
}

function wholeNumber(value: string, name: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : NaN
  if (!(number >= min && number <= max)) throw new CreditQueryError(400, translated((m) => m.credits.notAWholeNumber({ name, value, min, max })))
  return number
}

const emptyByRole = (): ByRole => Object.fromEntries(creditRoles.map((role) => [role, 0])) as ByRole

type Credited = { author: number | string; item: Item; issue: Issue; role: CreditRole }

async function slugID(payload: Payload, collection: 'sections' | 'series', slug: string): Promise<number | string> {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    where: { slug: { equals: slug } },
  })
  if (!docs[0]) {
    throw new CreditQueryError(400, translated((m) => m.credits.noSuchSlug({ kind: m.credits.kinds[collection], slug })))
  }
  return docs[0].id
}

/**
 * Every credit on a published item of a published issue whose publication date falls in the
 * period. Read as the public reads (no user, access enforced, no drafts), so work in progress
 * and unpublished changes never count. An item crediting someone twice in one role counts once.
 */
async function publishedCredits(payload: Payload, query: StatsQuery, authorID?: number | string) {
  const seriesID = query.series ? await slugID(payload, 'series', query.series) : undefined
  const sectionID = query.section ? await slugID(payload, 'sections', query.section) : undefined

  const issueWhere: Where[] = [
    { publicationDate: { greater_than_equal: `${query.from}T00:00:00.000Z` } },
    { publicationDate: { less_than_equal: `${query.to}T23:59:59.999Z` } },
  ]
  if (seriesID !== undefined) issueWhere.push({ series: { equals: seriesID } })
  const { docs: issues } = await payload.find({
    collection: 'issues',
    depth: 0,
    draft: false,
    overrideAccess: false,
    pagination: false,
    where: { and: issueWhere },
  })
  const issuesByID = new Map(issues.map((issue) => [String(issue.id), issue]))
  if (!issues.length) return { credited: [] as Credited[], issuesByID }

  const itemWhere: Where[] = [{ issue: { in: issues.map((issue) => issue.id) } }]
  if (sectionID !== undefined) itemWhere.push({ section: { equals: sectionID } })
  if (authorID !== undefined) itemWhere.push({ 'credits.contributor': { equals: authorID } })
  const { docs: items } = await payload.find({
    collection: 'items',
    depth: 0,
    draft: false,
    overrideAccess: false,
    pagination: false,
    sort: 'position',
    where: { and: itemWhere },
  })

  const credited: Credited[] = []
  for (const item of items) {
    const issue = issuesByID.get(String(relationID(item.issue as never)))
    if (!issue) continue
    const seen = new Set<string>()
    for (const credit of item.credits ?? []) {
      const author = relationID(credit.contributor as never)
      if (author === undefined || !creditRoles.includes(credit.role)) continue
      const key = `${author}:${credit.role}`
      if (seen.has(key)) continue
      seen.add(key)
      credited.push({ author, issue, item, role: credit.role })
    }
  }
  return { credited, issuesByID }
}

function contributorRef(author: Author): ContributorRef {
  return { id: author.id, kind: author.kind, name: author.displayName, slug: author.slug ?? null }
}

/** Credits per contributor and role in the period, most credited first, then by pinyin. */
export async function creditStats(payload: Payload, query: StatsQuery): Promise<CreditStats> {
  const { credited } = await publishedCredits(payload, query)
  const authorIDs = [...new Set(credited.map((credit) => credit.author))]
  const { docs: authors } = authorIDs.length
    ? await payload.find({ collection: 'authors', depth: 0, pagination: false, where: { id: { in: authorIDs } } })
    : { docs: [] as Author[] }
  const authorsByID = new Map(authors.map((author) => [String(author.id), author]))

  const rows = new Map<string, StatsRow & { sortName: string; itemIDs: Set<string> }>()
  const totals = { byRole: emptyByRole(), total: 0, items: 0 }
  const allItems = new Set<string>()
  for (const credit of credited) {
    const author = authorsByID.get(String(credit.author))
    if (!author) continue
    let row = rows.get(String(author.id))
    if (!row) {
      row = { contributor: contributorRef(author), byRole: emptyByRole(), total: 0, items: 0, sortName: author.sortName ?? author.displayName, itemIDs: new Set() }
      rows.set(String(author.id), row)
    }
    row.byRole[credit.role] += 1
    row.total += 1
    row.itemIDs.add(String(credit.item.id))
    totals.byRole[credit.role] += 1
    totals.total += 1
    allItems.add(String(credit.item.id))
  }
  totals.items = allItems.size

  const sorted = [...rows.values()]
    .map((row) => ({ ...row, items: row.itemIDs.size }))
    .sort((a, b) => b.total - a.total || a.sortName.localeCompare(b.sortName, 'en') || String(a.contributor.id).localeCompare(String(b.contributor.id)))
    .map(({ contributor, byRole, total, items }) => ({ contributor, byRole, total, items }))

  return {
    period: query.period,
    from: query.from,
    to: query.to,
    series: query.series ?? null,
    section: query.section ?? null,
    rows: sorted,
    totals,
  }
}

/** The published items crediting one contributor in the period, in publication order. */
export async function creditedItems(payload: Payload, authorID: number | string, query: StatsQuery): Promise<CreditedItem[]> {
  const { credited } = await publishedCredits(payload, query, authorID)
  const mine = credited.filter((credit) => String(credit.author) === String(authorID))
  const sectionIDs = [...new Set(mine.map((credit) => relationID(credit.item.section as never)).filter((id) => id !== undefined))]
  const { docs: sections } = sectionIDs.length
    ? await payload.find({ collection: 'sections', depth: 0, pagination: false, where: { id: { in: sectionIDs } } })
    : { docs: [] as Section[] }
  const sectionsByID = new Map(sections.map((section) => [String(section.id), section]))

  return mine
    .map((credit) => {
      const section = sectionsByID.get(String(relationID(credit.item.section as never)))
      return {
        item: { id: credit.item.id, title: credit.item.title, slug: credit.item.slug ?? null },
        issue: { id: credit.issue.id, label: credit.issue.label ?? null, publicationDate: credit.issue.publicationDate ?? '' },
        section: section ? { id: section.id, name: section.name, slug: section.slug ?? null } : null,
        role: credit.role,
      }
    })
    .sort((a, b) => a.issue.publicationDate.localeCompare(b.issue.publicationDate) || String(a.issue.id).localeCompare(String(b.issue.id)))
}

const roleHeaders: Record<CreditRole, string> = {
  compiled: '编译 Compiled',
  written: '撰写 Written',
  translated: '翻译 Translated',
  reviewed: '审校 Reviewed',
  source: '来源媒体 Source',
}

function csvCell(value: number | string): string {
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The statistics as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Chinese
 * as mojibake), CRLF line ends, bilingual headers and a final total row.
 */
export function creditStatsCSV(stats: CreditStats): string {
  const lines: (number | string)[][] = [
    ['署名人 Contributor', '类型 Kind', ...creditRoles.map((role) => roleHeaders[role]), '合计 Total'],
    ...stats.rows.map((row) => [
      row.contributor.name,
      row.contributor.kind === 'organisation' ? '机构 Organisation' : '个人 Person',
      ...creditRoles.map((role) => row.byRole[role]),
      row.total,
    ]),
    ['合计 Total', '', ...creditRoles.map((role) => stats.totals.byRole[role]), stats.totals.total],
  ]
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`
}

export function csvFilename(stats: CreditStats): string {
  const safe = (value: null | string) => (value ?? '').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '')
  const parts = ['credit-stats', stats.from, stats.to, safe(stats.series), safe(stats.section)].filter(Boolean)
  return `${parts.join('_')}.csv`
}
