import { BASE } from '../delivery/serializers'
import { serverURL } from '../lib/env'
import { officeDay } from '../lib/officeDay'
import type { Author, Issue, Item, Series } from '../payload-types'
import { HAN } from '../lib/han'
import { citationKey } from './key'

/**
 * A CSL-JSON name. Chinese names go in as `literal` ("黄健"): every CSL processor prints a literal
 * as written, whereas family/given needs the surname split off (欧阳, 司马 …), which the stored
 * name does not tell (the space in 黄 健 is the credit line's padding, 冯瑞华 has none).
 * Latin-script names are split at the last space, so processors can print "SMITH J".
 */
export type CslName = { literal: string } | { family: string; given?: string }

export type CslDate = { 'date-parts': [[number, number?, number?]] }

/** The single source of truth for an item's or an issue's citation: GB/T 7714, RIS, BibTeX and CSL-JSON come from it. */
export type CslRecord = {
  id: string
  'citation-key': string
  type: 'article-journal' | 'periodical'
  title: string
  author?: CslName[]
  'container-title'?: string
  issued: CslDate
  issue: string
  publisher: string
  URL: string
  language: 'zh'
  abstract?: string
  keyword?: string
}

/** Two names or words side by side: no space between Chinese characters, one between anything else. */
function joinWords(words: Array<string | null | undefined>): string {
  return words
    .map((word) => word?.trim())
    .filter((word): word is string => Boolean(word))
    .reduce((joined, word) => (!joined ? word : HAN.test(joined.slice(-1)) && HAN.test(word[0]) ? joined + word : `${joined} ${word}`), '')
}

export function cslName(author: Pick<Author, 'displayName' | 'kind'>): CslName {
  const name = author.displayName.normalize('NFKC').trim().replace(/\s+/gu, ' ')
  if (author.kind === 'organisation') return { literal: name }
  if (HAN.test(name)) return { literal: name.replace(/\s+/gu, '') }
  const lastSpace = name.lastIndexOf(' ')
  return lastSpace > 0 ? { family: name.slice(lastSpace + 1), given: name.slice(0, lastSpace) } : { literal: name }
}

/** Everyone the credit line names, in its order: reviewers are credited internally, not as authors. */
function authors(item: Item): CslName[] {
  const seen = new Set<string>()
  return (item.credits ?? []).flatMap((credit) => {
    const contributor = credit.contributor
    if (credit.role === 'reviewed' || !contributor || typeof contributor !== 'object') return []
    const name = cslName(contributor)
    const key = JSON.stringify(name)
    if (seen.has(key)) return []
    seen.add(key)
    return [name]
  })
}

/** The issue's date, or only its year when undated or dated in another year (a back issue printed late). */
function issued(issue: Issue): CslDate {
  if (!issue.publicationDate) return { 'date-parts': [[issue.year]] }
  const [year, month, day] = officeDay(new Date(issue.publicationDate))
  return year === issue.year ? { 'date-parts': [[year, month, day]] } : { 'date-parts': [[issue.year]] }
}

function seriesOf(issue: Issue): Series {
  if (!issue.series || typeof issue.series !== 'object') throw new Error(`Issue ${issue.id} was loaded without its series (depth 0).`)
  return issue.series
}

function serialFields(issue: Issue, series: Series) {
  return {
    issued: issued(issue),
    issue: String(issue.number),
    publisher: joinWords([series.publisherInstitute, series.publisherOffice]),
    language: 'zh' as const,
  }
}

/** What a citation line needs; the files (RIS, BibTeX, CSL-JSON) add the key, whose pinyin costs more than the rest. */
export type CitedRecord = Omit<CslRecord, 'citation-key'>

export function itemFields(item: Item, issue: Issue): CitedRecord & { author?: CslName[] } {
  const series = seriesOf(issue)
  const names = authors(item)
  const serial = serialFields(issue, series)
  return {
    id: `item-${item.id}`,
    type: 'article-journal',
    title: item.title,
    ...(names.length ? { author: names } : {}),
    'container-title': series.title,
    ...serial,
    URL: `${serverURL()}${BASE}/items/${item.id}`,
    ...(item.summary ? { abstract: item.summary } : {}),
    ...(item.keywords?.length ? { keyword: item.keywords.join(', ') } : {}),
  }
}

export function itemRecord(item: Item, issue: Issue): CslRecord {
  const fields = itemFields(item, issue)
  return { ...fields, 'citation-key': citationKey(fields.author?.[0], fields.issued, item.title) }
}

/** The issue as a whole, a serial's number: GB/T 7714 §4.3, with the institute and office as publisher. */
export function issueFields(issue: Issue): CitedRecord {
  const series = seriesOf(issue)
  return {
    id: `issue-${issue.id}`,
    type: 'periodical',
    title: series.title,
    ...serialFields(issue, series),
    URL: `${serverURL()}${BASE}/issues/${issue.id}`,
  }
}

export function issueRecord(issue: Issue): CslRecord {
  const fields = issueFields(issue)
  return { ...fields, 'citation-key': citationKey(undefined, fields.issued, fields.title) }
}
