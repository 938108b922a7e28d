import { type NextFunction, type Request, type Response, Router } from 'express'
import type { Payload } from 'payload'

import { citationDownload, citationFormatList, isCitationFormat } from '../citations'
import { subscribeToPublication, subscribeToSharedContentChanges } from '../publication/events'
import type { Author, Issue, Item } from '../payload-types'
import { type RenderedResponse, ResponseCache } from './cache'
import { corsForDelivery } from './cors'
import { DeliveryError, badRequest } from './errors'
import { feedRequest, seriesFeed } from './feeds'
import { issueContents } from './issueContents'
import { itemOut } from './itemOut'
import { apiDocsPage, openAPIDocument } from './openapi'
import { publishedEdition } from './printedEdition'
import { idParam, pageParams, positiveInteger, slugParam } from './params'
import * as published from './published'
import { SearchIndex } from './search'
import { issueSummaryOut, itemSummaryOut, sectionOut, seriesOut } from './serializers'

const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'
const JSON_TYPE = 'application/json; charset=utf-8'

function paginated<T>(result: { docs: T[]; page?: number; limit: number; totalDocs: number; totalPages: number }) {
  return { page: result.page ?? 1, limit: result.limit, totalDocs: result.totalDocs, totalPages: result.totalPages }
}

/**
 * GET /delivery/v1/…: the read-only, published-only API for downstream sites. Each endpoint
 * validates its parameters, reads through `published` (the only published filter), shapes the
 * result with `serializers`, and is answered from the response cache with ETag/304.
 */
export function deliveryRouter(payload: Payload): Router {
  const cache = new ResponseCache(Number(process.env.DELIVERY_CACHE_TTL_SECONDS || 300) * 1000)
  let searchIndex: Promise<SearchIndex> | undefined
  const forget = () => {
    cache.clear()
    searchIndex = undefined
  }
  subscribeToPublication(forget)
  subscribeToSharedContentChanges(forget)

  const router = Router()
  router.use(corsForDelivery())

  type Produce = (req: Request) => Promise<RenderedResponse>
  const cachedRoute = (path: string, produce: Produce) =>
    router.get(path, async (req, res, next) => {
      try {
        const cached = await cache.get(req.originalUrl, () => produce(req))
        res.setHeader('Cache-Control', CACHE_CONTROL)
        res.setHeader('ETag', cached.etag)
        res.setHeader('Last-Modified', cached.lastModified)
        res.setHeader('Vary', 'Origin')
        for (const [name, value] of Object.entries(cached.headers)) res.setHeader(name, value)
        if (req.headers['if-none-match'] === cached.etag) return void res.status(304).end()
        res.type(cached.contentType).send(cached.body)
      } catch (error) {
        next(error)
      }
    })
  const route = (path: string, produce: (req: Request) => Promise<unknown>) =>
    cachedRoute(path, async (req) => ({ body: JSON.stringify(await produce(req)), contentType: JSON_TYPE }))

  route('/series', async () => ({ docs: (await published.allSeries(payload)).map(seriesOut) }))

  route('/series/:slug/issues', async (req) => {
    const series = await published.seriesBySlug(payload, slugParam(String(req.params.slug), 'series'))
    const result = await published.issuesOfSeries(payload, series, pageParams(req.query))
    return { series: seriesOut(series), docs: result.docs.map((issue) => issueSummaryOut({ ...issue, series })), ...paginated(result) }
  })

  route('/series/:slug/issues/:year/:number', async (req) => {
    const series = await published.seriesBySlug(payload, slugParam(String(req.params.slug), 'series'))
    const year = positiveInteger(req.params.year, 'year', { max: 2999 })
    const number = positiveInteger(req.params.number, 'number', { max: 99 })
    return issueContents(payload, await published.issueByNumber(payload, series, year, number), { full: false })
  })

  route('/issues/:id', async (req) => issueContents(payload, await published.issueByID(payload, idParam(String(req.params.id))), { full: false }))

  route('/issues/:id/full', async (req) => issueContents(payload, await published.issueByID(payload, idParam(String(req.params.id))), { full: true }))

  for (const format of ['pdf', 'docx'] as const) {
    cachedRoute(`/issues/:id/${format}`, async (req) => publishedEdition(payload, await published.issueByID(payload, idParam(String(req.params.id))), format))
  }

  route('/items/:id', async (req) => itemOut(payload, await published.itemByID(payload, idParam(String(req.params.id)))))

  cachedRoute('/items/:id/cite', async (req) => {
    const id = idParam(String(req.params.id))
    const { format } = req.query
    if (!isCitationFormat(format)) throw badRequest(`Give the citation format as ?format=, one of ${citationFormatList}; got "${format ?? ''}".`)
    const item = await published.itemByID(payload, id)
    const issue = await published.issueByID(payload, typeof item.issue === 'object' ? item.issue.id : item.issue)
    return citationDownload(item, issue, format)
  })

  route('/sections/:slug/items', async (req) => {
    const section = await published.sectionBySlug(payload, slugParam(String(req.params.slug), 'section'))
    const { limit, page } = pageParams(req.query)
    const items = newestIssueFirst(await published.allPublishedItems(payload, { section: { equals: section.id } }))
    return {
      section: sectionOut(section),
      docs: items.slice((page - 1) * limit, page * limit).map(itemWithIssue),
      page,
      limit,
      totalDocs: items.length,
      totalPages: Math.ceil(items.length / limit),
    }
  })

  route('/authors/:slug', async (req) => {
    const author = await published.authorBySlug(payload, slugParam(String(req.params.slug), 'contributor'))
    const items = await published.allPublishedItems(payload, { 'credits.contributor': { equals: author.id } })
    return contributorPage(author, newestIssueFirst(items))
  })

  route('/search', async (req) => {
    const query = typeof req.query.q === 'string' ? req.query.q.trim() : ''
    if (!query) throw badRequest('Give a search query: /search?q=…')
    if (query.length > 100) throw badRequest('A search query may be at most 100 characters long.')
    const { limit, page } = pageParams(req.query)
    searchIndex ??= published.allPublishedItems(payload).then((items) => new SearchIndex(items))
    const hits = (await searchIndex).search(query)
    return {
      query,
      docs: hits.slice((page - 1) * limit, page * limit).map((hit) => ({ ...itemWithIssue(hit.item), score: hit.score, snippet: hit.snippet })),
      page,
      limit,
      totalDocs: hits.length,
      totalPages: Math.ceil(hits.length / limit),
    }
  })

  cachedRoute('/feeds/:file', async (req) => {
    const { format, slug } = feedRequest(String(req.params.file))
    return seriesFeed(payload, slug, format)
  })

  router.get('/openapi.json', (_req, res) => void res.json(openAPIDocument()))
  router.get('/docs', (_req, res) => void res.type('html').send(apiDocsPage()))

  router.use((_req, _res, next) => next(new DeliveryError(404, 'No such endpoint. See /delivery/v1/docs.')))
  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (error instanceof DeliveryError) return void res.status(error.status).json({ error: { status: error.status, message: error.message } })
    payload.logger.error({ err: error, msg: 'Delivery API error' })
    res.status(500).json({ error: { status: 500, message: 'Internal error.' } })
  })
  return router
}

/** Newest issue first (year, then number), and in print order within an issue. */
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

function itemWithIssue(item: Item) {
  const issue = item.issue && typeof item.issue === 'object' ? issueSummaryOut(item.issue as Issue) : null
  return { ...itemSummaryOut(item), issue }
}

function contributorPage(author: Author, items: Item[]) {
  const perYear = new Map<number, number>()
  for (const item of items) {
    const year = item.issue && typeof item.issue === 'object' ? (item.issue as Issue).year : undefined
    if (year) perYear.set(year, (perYear.get(year) ?? 0) + 1)
  }
  return {
    slug: author.slug ?? '',
    name: author.displayName,
    romanizedName: author.romanizedName ?? null,
    kind: author.kind,
    affiliation: author.affiliation ?? null,
    totalItems: items.length,
    itemsPerYear: [...perYear.entries()].sort((a, b) => b[0] - a[0]).map(([year, count]) => ({ year, count })),
    items: items.map(itemWithIssue),
  }
}

