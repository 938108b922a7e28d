import { creditLine } from '../lib/credits'
import { doiURL } from '../lib/identifiers'
import type { Author, Issue, Item, Reference, Section, Series } from '../payload-types'

/**
 * The public shapes of the delivery API (a versioned contract, independent of the storage
 * schema): only what downstream sites need, and nothing internal (workflow, editors, drafts).
 */
export const BASE = '/delivery/v1'

const populated = <T extends object>(value: T | number | string | null | undefined): T | undefined =>
  value && typeof value === 'object' ? value : undefined

export function seriesOut(series: Series) {
  return {
    slug: series.slug ?? '',
    title: series.title,
    titleEn: series.titleEn ?? null,
    publisher: { institute: series.publisherInstitute, office: series.publisherOffice ?? null },
    frequency: series.frequency,
    description: series.description ?? null,
    links: {
      issues: `${BASE}/series/${series.slug}/issues`,
      rss: `${BASE}/feeds/${series.slug}.rss`,
      atom: `${BASE}/feeds/${series.slug}.atom`,
      json: `${BASE}/feeds/${series.slug}.json`,
    },
  }
}

export function issueSummaryOut(issue: Issue) {
  const series = populated<Series>(issue.series)
  return {
    id: issue.id,
    series: series?.slug ?? null,
    year: issue.year,
    number: issue.number,
    label: issue.label ?? '',
    title: issue.title ?? '',
    publicationDate: issue.publicationDate ?? null,
    links: { self: `${BASE}/issues/${issue.id}`, full: `${BASE}/issues/${issue.id}/full` },
  }
}

export function creditsOut(item: Item) {
  return (item.credits ?? []).flatMap((credit) => {
    const author = populated<Author>(credit.contributor)
    return author ? [{ name: author.displayName, role: credit.role, kind: author.kind, slug: author.slug ?? null }] : []
  })
}

export function publishedInOut(item: Item) {
  const citation = item.publishedIn
  if (!citation?.journal && !citation?.articleTitle && !citation?.doi) return null
  return {
    journal: citation.journal ?? null,
    articleTitle: citation.articleTitle ?? null,
    doi: citation.doi ?? null,
    date: citation.date ?? null,
    url: citation.url ?? (citation.doi ? doiURL(citation.doi) : null),
  }
}

export function itemSummaryOut(item: Item) {
  return {
    id: item.id,
    slug: item.slug ?? '',
    title: item.title,
    titleEn: item.titleEn ?? null,
    summary: item.summary ?? null,
    keywords: item.keywords ?? [],
    creditLine: creditLine(
      (item.credits ?? []).map((credit) => ({ contributor: populated<Author>(credit.contributor), role: credit.role })),
    ),
    credits: creditsOut(item),
    publishedIn: publishedInOut(item),
    links: { self: `${BASE}/items/${item.id}` },
  }
}

export function sectionOut(section: Section) {
  return { slug: section.slug ?? '', name: section.name, nameEn: section.nameEn ?? null }
}

export function footnoteOut(number: number, reference: Reference) {
  return {
    number,
    title: reference.title,
    source: reference.sourceOrganisation ?? null,
    url: reference.url ?? (reference.doi ? doiURL(reference.doi) : null),
  }
}

export type ItemSummaryOut = ReturnType<typeof itemSummaryOut>
export type IssueSummaryOut = ReturnType<typeof issueSummaryOut>
