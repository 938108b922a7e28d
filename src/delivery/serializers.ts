import { creditLine } from '../lib/credits'
import { doiURL } from '../lib/identifiers'
import type { Author, Issue, Item, Reference, Section, Series } from '../payload-types'
import type { RenderedResponse } from './cache'
import type { Paged } from './published'
import type { SearchHit } from './search'

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

/** An item in a list that spans issues (a section's, a contributor's, search hits): with its issue. */
export function itemWithIssueOut(item: Item) {
  const issue = populated<Issue>(item.issue)
  return { ...itemSummaryOut(item), issue: issue ? issueSummaryOut(issue) : null }
}

export function searchHitOut(hit: SearchHit) {
  return { ...itemWithIssueOut(hit.item), score: hit.score, snippet: hit.snippet }
}

/** A contributor's page: who they are, a page of their credited items (newest first) and the count per year. */
export function contributorOut(author: Author, items: Paged<Item>, itemsPerYear: Array<{ year: number; count: number }>) {
  return {
    slug: author.slug ?? '',
    name: author.displayName,
    romanizedName: author.romanizedName ?? null,
    kind: author.kind,
    affiliation: author.affiliation ?? null,
    totalItems: items.totalDocs,
    itemsPerYear,
    items: items.docs.map(itemWithIssueOut),
    page: items.page ?? 1,
    limit: items.limit,
    totalDocs: items.totalDocs,
    totalPages: items.totalPages,
  }
}

/** A page of a list: its documents in their public shape, then where the page stands. */
export function pageOut<T, Out>(result: Paged<T>, out: (doc: T) => Out) {
  return { docs: result.docs.map(out), page: result.page ?? 1, limit: result.limit, totalDocs: result.totalDocs, totalPages: result.totalPages }
}

/** A public shape as the JSON the cache keeps. */
export function jsonResponse(body: unknown): RenderedResponse {
  return { body: JSON.stringify(body), contentType: 'application/json; charset=utf-8' }
}

export type ItemSummaryOut = ReturnType<typeof itemSummaryOut>
export type IssueSummaryOut = ReturnType<typeof issueSummaryOut>
