import type { PayloadRequest, Where } from 'payload'

import { translated } from '../../i18n'
import type { Footnote } from '../../document/blocks'
import { normalizeDOI, normalizeURL } from '../../lib/identifiers'
import type { Reference } from '../../payload-types'
import type { ImportWarning } from '../model'
import { warning } from './summary'

/** "中国科学院院刊，2022（3）" or "Journal, 2021, 12(4)": a journal, a year, maybe a volume, an issue. */
const JOURNAL_CITATION = /^(?<journal>[^，,]+?)\s*[，,]\s*(?<year>(?:19|20)\d{2})\s*(?:[，,]\s*(?<volume>\d+)\s*)?[（(]\s*(?<issue>\d+)\s*[）)]/u
const TRAILING_PUNCTUATION = /[\s.,;:，。；：、]+$/u

type Identity = { doi: null | string; url: null | string }

export type ReferencePlan = {
  /** The reference each printed footnote number now cites. */
  byNumber: Map<number, number | string>
  created: number
  matched: number
  warnings: ImportWarning[]
}

function identity(footnote: Footnote, warnings: ImportWarning[]): Identity {
  const url = footnote.url ? normalizeURL(footnote.url) : null
  if (footnote.url && !url) {
    warnings.push(
      warning(
        'footnote-bad-url',
        translated((m) => m.import.warnings.notAWebAddress({ number: footnote.number, url: footnote.url })),
        { footnote: footnote.number },
      ),
    )
  }
  const doi = (footnote.doi && normalizeDOI(footnote.doi)) || (url && /\/\/(dx\.)?doi\.org\//i.test(url) ? normalizeDOI(url) : null)
  return { doi, url }
}

/** The footnote as printed, without its address: the reference's title. */
function titleOf(footnote: Footnote): string {
  const withoutAddresses = [footnote.url, footnote.doi]
    .filter((value): value is string => Boolean(value))
    .reduce((text, value) => text.replace(value, ''), footnote.text)
    .replace(TRAILING_PUNCTUATION, '')
    .trim()
  return withoutAddresses || footnote.url || footnote.text.trim()
}

function newReference(footnote: Footnote, { doi, url }: Identity, warnings: ImportWarning[]): Omit<Reference, 'createdAt' | 'id' | 'updatedAt'> {
  const title = titleOf(footnote)
  const citation = JOURNAL_CITATION.exec(title)?.groups
  if (doi || citation) {
    return {
      kind: 'journal_article',
      title,
      doi,
      url,
      journal: citation?.journal.trim() ?? null,
      volume: citation?.volume ?? null,
      journalIssue: citation?.issue ?? null,
    }
  }
  if (url) return { kind: 'web_news', title, url }
  warnings.push(
    warning(
      'footnote-kind-unknown',
      translated((m) => m.import.warnings.recordedAsReport({ number: footnote.number, title })),
      { footnote: footnote.number },
    ),
  )
  return { kind: 'report', title }
}

/** The recorded reference with the same address or DOI; without either, the one printed the same way. */
async function findKnown(req: PayloadRequest, { doi, url }: Identity, title: string): Promise<Reference | undefined> {
  const or: Where[] = []
  if (url) or.push({ url: { equals: url } })
  if (doi) or.push({ doi: { equals: doi } })
  const where: Where = or.length ? { or } : { and: [{ title: { equals: title } }, { url: { exists: false } }, { doi: { exists: false } }] }
  const { docs } = await req.payload.find({ collection: 'references', depth: 0, limit: 1, overrideAccess: false, req, where })
  return docs[0]
}

/**
 * Each footnote becomes a citation of a reference: the recorded one with the same web address or
 * DOI (or, having neither, the same text), else a new one. The same source printed under two
 * numbers is one reference, and importing the issue again finds what the first import recorded.
 */
export async function findOrCreateReferences(req: PayloadRequest, footnotes: readonly Footnote[]): Promise<ReferencePlan> {
  const plan: ReferencePlan = { byNumber: new Map(), created: 0, matched: 0, warnings: [] }
  const seen = new Map<string, number | string>()
  for (const footnote of footnotes) {
    const found = identity(footnote, plan.warnings)
    const title = titleOf(footnote)
    const keys = [found.url && `url:${found.url}`, found.doi && `doi:${found.doi}`].filter((key): key is string => Boolean(key))
    if (!keys.length) keys.push(`title:${title}`)
    const again = keys.map((key) => seen.get(key)).find((id) => id !== undefined)
    if (again !== undefined) {
      plan.byNumber.set(footnote.number, again)
      continue
    }
    const known = await findKnown(req, found, title)
    const reference =
      known ?? (await req.payload.create({ collection: 'references', data: newReference(footnote, found, plan.warnings), overrideAccess: false, req }))
    if (known) plan.matched += 1
    else plan.created += 1
    keys.forEach((key) => seen.set(key, reference.id))
    plan.byNumber.set(footnote.number, reference.id)
  }
  return plan
}
