import type { Payload, Where } from 'payload'

import { translated } from '../i18n'
import type { Author, Issue, Item, Reference, Section, Series } from '../payload-types'
import { relationID } from '../lib/relationID'
import { footnoteReferenceIDs } from '../richtext/footnotes'
import { populateBody } from '../richtext/populate'
import { figureMediaIDs } from '../richtext/uploads'
import { notFound } from './errors'
import { asPublic, idsOf, publicMediaByID, publicQuery, publicRows, publicRowsByID } from './publicReads'
import type { Page } from './params'

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

/**
 * What an issue's pages show of its items, and of the documents they point at: the item's own
 * fields (not its issue, already in hand, nor who edited it), its contributors' names, and with
 * `withBodies` the bodies with their figures and footnote sources populated: footnotes are
 * numbered by the issue's own numbering, and listed with the sources the bodies cite.
 */
const itemFields = {
  credits: true,
  keywords: true,
  position: true,
  publishedIn: true,
  section: true,
  slug: true,
  summary: true,
  title: true,
  titleEn: true,
} as const

/** What the delivery API shows of a contributor. */
const contributorFields = { displayName: true, kind: true, slug: true } as const

export const issueItems = (withBodies: boolean) => ({
  depth: 1,
  select: withBodies ? { ...itemFields, body: true as const } : itemFields,
  populate: { authors: contributorFields, sections: { name: true } } as const,
})

/**
 * Items of a published issue, as its pages show them (`issueItems`). Read through the database
 * adapter under the public's rule (`publicRows`): Payload's per-document read hooks were 7 of an
 * uncached full issue's 25 ms, for 40 items whose selected fields have no hooks of their own.
 * Then what they point at, as the public reads it: contributors and footnote sources the same way
 * (the fields shown, under their own read rules), images through Payload for their URLs.
 */
export async function itemsOfIssue(payload: Payload, issue: Issue, withBodies: boolean): Promise<Item[]> {
  const items = await publicRows<Item>(payload, 'items', { issue: { equals: issue.id } }, issueItems(withBodies).select)
  const [contributors, media, references] = await Promise.all([
    publicRowsByID<Author>(payload, 'authors', idsOf(items, contributorIDs), contributorFields),
    publicMediaByID(payload, idsOf(items, (item) => figureMediaIDs(item.body as never))),
    publicRowsByID<Reference>(payload, 'references', idsOf(items, (item) => footnoteReferenceIDs(item.body as never)), footnoteSourceFields),
  ])
  for (const item of items) {
    showContributors(item, contributors)
    populateBody(item.body as never, { media, references })
  }
  return items
}

const contributorIDs = (item: Item) => (item.credits ?? []).map((credit) => relationID(credit.contributor))

function showContributors(item: Item, contributors: ReadonlyMap<string, Author>): void {
  for (const credit of item.credits ?? []) credit.contributor = contributors.get(String(relationID(credit.contributor))) ?? credit.contributor
}

/** What a footnote shows of its source, on the page and in print. */
const footnoteSourceFields = { doi: true, sourceOrganisation: true, title: true, url: true } as const

export async function itemByID(payload: Payload, id: number | string): Promise<Item> {
  const item = await payload.findByID({ ...asPublic, collection: 'items', depth: 2, disableErrors: true, id })
  if (!item) throw notFound(translated((m) => m.delivery.itemNotFound({ id })))
  return item
}

/** Published items by id, as lists show them, in no particular order. */
export async function itemsByID(payload: Payload, ids: Array<number | string>): Promise<Item[]> {
  if (!ids.length) return []
  return withIssuesAndContributors(payload, await publicRows<Item>(payload, 'items', { id: { in: ids } }, listedItemFields))
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

/**
 * How lists that span issues read their items: only what the summaries show (a section's page of
 * 20 items reads 20 summaries, not 20 bodies), then each item's issue naming its series and its
 * contributors' names, as the public reads them, through the database adapter (`publicRows`):
 * Payload's per-document read hooks at depth 2 were most of a page's cost.
 */
const listedItemFields = { credits: true, issue: true, keywords: true, position: true, publishedIn: true, slug: true, summary: true, title: true, titleEn: true } as const
const listedIssueFields = { label: true, number: true, publicationDate: true, series: true, title: true, year: true } as const

async function withIssuesAndContributors(payload: Payload, items: Item[]): Promise<Item[]> {
  const [issues, contributors] = await Promise.all([
    publicRowsByID<Issue>(payload, 'issues', idsOf(items, (item) => [relationID(item.issue)]), listedIssueFields),
    publicRowsByID<Author>(payload, 'authors', idsOf(items, contributorIDs), contributorFields),
  ])
  const series = await publicRowsByID<Series>(payload, 'series', idsOf([...issues.values()], (issue) => [relationID(issue.series)]), { slug: true })
  for (const issue of issues.values()) issue.series = series.get(String(relationID(issue.series))) ?? issue.series
  for (const item of items) {
    item.issue = issues.get(String(relationID(item.issue))) ?? item.issue
    showContributors(item, contributors)
  }
  return items
}

/** Newest issue first (year, then number), and in print order within an issue: sorted by the database, across the relationship. */
const NEWEST_ISSUE_FIRST = ['-issue.year', '-issue.number', 'position']

async function listedPage(payload: Payload, where: Where, { limit, page }: Page): Promise<Paged<Item>> {
  const query = await publicQuery(payload, 'items', where)
  if (!query) return { docs: [], limit, page, totalDocs: 0, totalPages: 0 }
  const result = await payload.db.find<Item>({ ...query, collection: 'items', limit, page, pagination: true, select: listedItemFields, sort: NEWEST_ISSUE_FIRST })
  return { docs: await withIssuesAndContributors(payload, result.docs), limit, page, totalDocs: result.totalDocs, totalPages: result.totalPages }
}

/** A page of a section's published items, newest issue first. */
export function itemsOfSection(payload: Payload, section: Section, page: Page): Promise<Paged<Item>> {
  return listedPage(payload, { section: { equals: section.id } }, page)
}

/** A page of the published items a contributor is credited on, newest issue first. */
export function itemsCreditedTo(payload: Payload, author: Author, page: Page): Promise<Paged<Item>> {
  return listedPage(payload, { 'credits.contributor': { equals: author.id } }, page)
}

/** How many published items a contributor is credited on, per year of their issues, newest year first. */
export async function creditedItemsPerYear(payload: Payload, author: Author): Promise<Array<{ year: number; count: number }>> {
  const items = await publicRows<Pick<Item, 'id' | 'issue'>>(payload, 'items', { 'credits.contributor': { equals: author.id } }, { issue: true })
  const perIssue = new Map<string, number>()
  for (const item of items) perIssue.set(String(item.issue), (perIssue.get(String(item.issue)) ?? 0) + 1)
  if (!perIssue.size) return []
  const issues = await publicRows<Pick<Issue, 'id' | 'year'>>(payload, 'issues', { id: { in: [...perIssue.keys()] } }, { year: true })
  const perYear = new Map<number, number>()
  for (const issue of issues) perYear.set(issue.year, (perYear.get(issue.year) ?? 0) + (perIssue.get(String(issue.id)) ?? 0))
  return [...perYear.entries()].sort((a, b) => b[0] - a[0]).map(([year, count]) => ({ year, count }))
}

/** One page of a list, with the counts a paginated answer carries (as payload.find gives them). */
export type Paged<T> = { docs: T[]; limit: number; page?: number; totalDocs: number; totalPages: number }

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
  itemsOfIssue: (payload: Payload, issue: Issue, withBodies: boolean) => Promise<Item[]>
  sectionsByID: (payload: Payload, ids: Array<number | string>) => Promise<Section[]>
}

export const publishedSource: ContentSource = { itemsOfIssue, sectionsByID }
