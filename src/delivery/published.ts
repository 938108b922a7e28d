import type { Payload, Where } from 'payload'

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
  if (!docs[0]) throw notFound(`Series "${slug}"`)
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
  if (!docs[0]) throw notFound(`Issue ${number} of ${year} in series "${series.slug}"`)
  return docs[0]
}

export async function issueByID(payload: Payload, id: number | string): Promise<Issue> {
  const issue = await payload.findByID({ ...asPublic, collection: 'issues', depth: 1, disableErrors: true, id })
  if (!issue) throw notFound(`Issue ${id}`)
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
  if (!item) throw notFound(`Item ${id}`)
  return item
}

export async function sectionBySlug(payload: Payload, slug: string): Promise<Section> {
  const { docs } = await payload.find({ ...asPublic, collection: 'sections', depth: 0, limit: 1, where: { slug: { equals: slug } } })
  if (!docs[0]) throw notFound(`Section "${slug}"`)
  return docs[0]
}

/** At depth 2, so that each item's issue names its series. */
export async function allPublishedItems(payload: Payload, where: Where = {}, depth = 2): Promise<Item[]> {
  const { docs } = await payload.find({ ...asPublic, collection: 'items', depth, pagination: false, where })
  return docs
}

export async function authorBySlug(payload: Payload, slug: string): Promise<Author> {
  const { docs } = await payload.find({ ...asPublic, collection: 'authors', depth: 0, limit: 1, where: { slug: { equals: slug } } })
  if (!docs[0]) throw notFound(`Contributor "${slug}"`)
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
