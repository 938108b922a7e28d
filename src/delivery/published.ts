import type { Payload, Where } from 'payload'

import { translated } from '../i18n'
import type { Author, Issue, Item, Section, Series } from '../payload-types'
import { notFound } from './errors'
import type { Page } from './params'

/**
 * The delivery API's only door to the database. Every read is made as the public: access
 * control applies (overrideAccess: false, no user), so only published issues and items come
 * back, exactly as for anonymous REST and GraphQL, and drafts are never asked for.
 */
const asPublic = { draft: false, overrideAccess: false } as const

export async function allSeries(payload: Payload): Promise<Series[]> {
  const { docs } = await payload.find({ ...asPublic, collection: 'series', depth: 0, pagination: false, sort: 'title' })
  return docs
}

export async function seriesBySlug(payload: Payload, slug: string): Promise<Series> {
  const { docs } = await payload.find({ ...asPublic, collection: 'series', depth: 0, limit: 1, where: { slug: { equals: slug } } })
  if (!docs[0]) throw notFound(translated((m) => m.delivery.seriesNotFound({ slug })))
  return docs[0]
}

export async function issuesOfSeries(payload: Payload, series: Series, { limit, page }: Page) {
  return payload.find({
    ...asPublic,
    collection: 'issues',
    depth: 0,
    limit,
    page,
    sort: ['-year', '-number'],
    where: { series: { equals: series.id } },
  })
}

export async function issueByNumber(payload: Payload, series: Series, year: number, number: number): Promise<Issue> {
  const { docs } = await payload.find({
    ...asPublic,
    collection: 'issues',
    depth: 1,
    limit: 1,
    where: { and: [{ series: { equals: series.id } }, { year: { equals: year } }, { number: { equals: number } }] },
  })
  if (!docs[0]) throw notFound(translated((m) => m.delivery.issueOfSeriesNotFound({ number, series: series.slug ?? '', year })))
  return docs[0]
}

export async function issueByID(payload: Payload, id: number | string): Promise<Issue> {
  const issue = await payload.findByID({ ...asPublic, collection: 'issues', depth: 1, disableErrors: true, id })
  if (!issue) throw notFound(translated((m) => m.delivery.issueNotFound({ id })))
  return issue
}

/** Items of a published issue, with credits, sections and (at depth 2) footnote references and figures. */
export async function itemsOfIssue(payload: Payload, issue: Issue, depth: 1 | 2 = 1): Promise<Item[]> {
  const { docs } = await payload.find({
    ...asPublic,
    collection: 'items',
    depth,
    pagination: false,
    where: { issue: { equals: issue.id } },
  })
  return docs
}

export async function itemByID(payload: Payload, id: number | string): Promise<Item> {
  const item = await payload.findByID({ ...asPublic, collection: 'items', depth: 2, disableErrors: true, id })
  if (!item) throw notFound(translated((m) => m.delivery.itemNotFound({ id })))
  return item
}

/** Published items by id, at depth 2 (each item's issue names its series), in no particular order. */
export async function itemsByID(payload: Payload, ids: Array<number | string>): Promise<Item[]> {
  if (!ids.length) return []
  const { docs } = await payload.find({ ...asPublic, collection: 'items', depth: 2, pagination: false, where: { id: { in: ids } } })
  return docs
}

/** A published item and its issue at depth 1 (the citation files need the issue's own fields). */
export async function itemAndIssue(payload: Payload, id: number | string): Promise<{ issue: Issue; item: Item }> {
  const item = await itemByID(payload, id)
  const issue = await issueByID(payload, typeof item.issue === 'object' ? item.issue.id : item.issue)
  return { issue, item }
}

export async function sectionBySlug(payload: Payload, slug: string): Promise<Section> {
  const { docs } = await payload.find({ ...asPublic, collection: 'sections', depth: 0, limit: 1, where: { slug: { equals: slug } } })
  if (!docs[0]) throw notFound(translated((m) => m.delivery.sectionNotFound({ slug })))
  return docs[0]
}

/** At depth 2, so that each item's issue names its series. */
export async function allPublishedItems(payload: Payload, where: Where = {}, depth = 2): Promise<Item[]> {
  const { docs } = await payload.find({ ...asPublic, collection: 'items', depth, pagination: false, where })
  return docs
}

/** A section's published items, newest issue first. */
export async function itemsOfSection(payload: Payload, section: Section): Promise<Item[]> {
  return newestIssueFirst(await allPublishedItems(payload, { section: { equals: section.id } }))
}

/** The published items a contributor is credited on, newest issue first. */
export async function itemsCreditedTo(payload: Payload, author: Author): Promise<Item[]> {
  return newestIssueFirst(await allPublishedItems(payload, { 'credits.contributor': { equals: author.id } }))
}

/**
 * Newest issue first (year, then number), and in print order within an issue. Sorted here, not by
 * the database, because the order is the items' issue's year and number (a relationship's fields).
 */
function newestIssueFirst(items: Item[]): Item[] {
  const key = (item: Item) => {
    const issue = item.issue && typeof item.issue === 'object' ? (item.issue as Issue) : undefined
    return [issue?.year ?? 0, issue?.number ?? 0, -(item.position ?? 0)]
  }
  return [...items].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)]
    return kb[0] - ka[0] || kb[1] - ka[1] || kb[2] - ka[2]
  })
}

/** One page of a list, with the counts a paginated answer carries (as payload.find gives them). */
export type Paged<T> = { docs: T[]; limit: number; page?: number; totalDocs: number; totalPages: number }

export function pageOf<T>(all: T[], { limit, page }: Page): Paged<T> {
  return { docs: all.slice((page - 1) * limit, page * limit), limit, page, totalDocs: all.length, totalPages: Math.ceil(all.length / limit) }
}

export async function authorBySlug(payload: Payload, slug: string): Promise<Author> {
  const { docs } = await payload.find({ ...asPublic, collection: 'authors', depth: 0, limit: 1, where: { slug: { equals: slug } } })
  if (!docs[0]) throw notFound(translated((m) => m.delivery.contributorNotFound({ slug })))
  return docs[0]
}

export async function sectionsByID(payload: Payload, ids: Array<number | string>): Promise<Section[]> {
  if (!ids.length) return []
  const { docs } = await payload.find({ ...asPublic, collection: 'sections', depth: 0, pagination: false, where: { id: { in: ids } } })
  return docs
}

/** Where issue contents come from: the published record here, the newest drafts in the live preview. */
export type ContentSource = {
  itemsOfIssue: (payload: Payload, issue: Issue, depth: 1 | 2) => Promise<Item[]>
  sectionsByID: (payload: Payload, ids: Array<number | string>) => Promise<Section[]>
}

export const publishedSource: ContentSource = { itemsOfIssue, sectionsByID }
