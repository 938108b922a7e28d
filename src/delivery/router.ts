import { type Request, Router } from 'express'
import type { Payload } from 'payload'

import { citationDownload } from '../citations'
import { subscribeToPublication, subscribeToSharedContentChanges } from '../publication/events'
import { type RenderedResponse, ResponseCache } from './cache'
import { corsForDelivery } from './cors'
import { deliveryErrors, noSuchEndpoint } from './errors'
import { seriesFeed } from './feeds'
import { clientHasIt, representation } from './freshness'
import { issueContents } from './issueContents'
import { itemOut } from './itemOut'
import { apiDocsPage, openAPIDocument } from './openapi'
import { citationFormatParam, feedFileParam, idParam, pageParams, positiveInteger, searchQueryParam, slugParam } from './params'
import { publishedEdition } from './printedEdition'
import * as published from './published'
import { watchPublicRecord } from './publicRecordWatch'
import { searchPublished } from './search'
import {
  contributorOut,
  issueSummaryOut,
  itemWithIssueOut,
  jsonResponse,
  pageOut,
  searchHitOut,
  sectionOut,
  seriesOut,
} from './serializers'

const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'

/**
 * GET /delivery/v1/…: the read-only, published-only API for downstream sites. Each route only
 * routes: it validates its parameters (`params`), reads through `published` (the only published
 * filter) or the search, shapes the result with `serializers`, and is answered from the response
 * cache, with 304 when the client already holds the response (`freshness`).
 */
export function deliveryRouter(payload: Payload): Router {
  const cache = new ResponseCache(Number(process.env.DELIVERY_CACHE_TTL_SECONDS || 300) * 1000)
  const forget = () => cache.clear()
  subscribeToPublication(forget)
  subscribeToSharedContentChanges(forget)
  const learnOfOtherServersChanges = watchPublicRecord(payload, forget)

  const router = Router()
  router.use(corsForDelivery())
  router.use(async (_req, _res, next) => {
    await learnOfOtherServersChanges()
    next()
  })

  /** A route whose response is rendered once per URL and kept until the content changes. */
  const cached = (path: string, produce: (req: Request) => Promise<RenderedResponse>) =>
    router.get(path, async (req, res) => {
      const response = await cache.get(req.originalUrl, () => produce(req))
      const { body, encoding, etag } = representation(req, response)
      res.setHeader('Cache-Control', CACHE_CONTROL)
      res.setHeader('ETag', etag)
      res.setHeader('Last-Modified', response.lastModified)
      res.setHeader('Vary', 'Origin, Accept-Encoding')
      for (const [name, value] of Object.entries(response.headers)) res.setHeader(name, value)
      if (clientHasIt(req, { etag, lastModified: response.lastModified })) return void res.status(304).end()
      if (encoding) res.setHeader('Content-Encoding', encoding)
      res.type(response.contentType).send(body)
    })
  /** The same for a public shape, answered as JSON. */
  const json = (path: string, produce: (req: Request) => Promise<unknown>) => cached(path, async (req) => jsonResponse(await produce(req)))
  const issueParam = (req: Request) => published.issueByID(payload, idParam(String(req.params.id)))

  json('/series', async () => ({ docs: (await published.allSeries(payload)).map(seriesOut) }))

  json('/series/:slug/issues', async (req) => {
    const series = await published.seriesBySlug(payload, slugParam(String(req.params.slug), 'series'))
    const result = await published.issuesOfSeries(payload, series, pageParams(req.query))
    return { series: seriesOut(series), ...pageOut(result, (issue) => issueSummaryOut({ ...issue, series })) }
  })

  json('/series/:slug/issues/:year/:number', async (req) => {
    const series = await published.seriesBySlug(payload, slugParam(String(req.params.slug), 'series'))
    const year = positiveInteger(req.params.year, 'year', { max: 2999 })
    const number = positiveInteger(req.params.number, 'number', { max: 99 })
    return issueContents(payload, await published.issueByNumber(payload, series, year, number), { full: false })
  })

  json('/issues/:id', async (req) => issueContents(payload, await issueParam(req), { full: false }))

  json('/issues/:id/full', async (req) => issueContents(payload, await issueParam(req), { full: true }))

  for (const format of ['pdf', 'docx'] as const) {
    cached(`/issues/:id/${format}`, async (req) => publishedEdition(payload, await issueParam(req), format))
  }

  json('/items/:id', async (req) => itemOut(payload, await published.itemByID(payload, idParam(String(req.params.id)))))

  cached('/items/:id/cite', async (req) => {
    const id = idParam(String(req.params.id))
    const format = citationFormatParam(req.query.format)
    const { issue, item } = await published.itemAndIssue(payload, id)
    return citationDownload(item, issue, format)
  })

  json('/sections/:slug/items', async (req) => {
    const section = await published.sectionBySlug(payload, slugParam(String(req.params.slug), 'section'))
    const page = pageParams(req.query)
    return { section: sectionOut(section), ...pageOut(await published.itemsOfSection(payload, section, page), itemWithIssueOut) }
  })

  json('/authors/:slug', async (req) => {
    const author = await published.authorBySlug(payload, slugParam(String(req.params.slug), 'contributor'))
    const [items, perYear] = await Promise.all([published.itemsCreditedTo(payload, author, pageParams(req.query)), published.creditedItemsPerYear(payload, author)])
    return contributorOut(author, items, perYear)
  })

  json('/search', async (req) => {
    const query = searchQueryParam(req.query.q)
    const page = pageParams(req.query)
    return { query, ...pageOut(await searchPublished(payload, query, page), searchHitOut) }
  })

  cached('/feeds/:file', async (req) => {
    const { format, slug } = feedFileParam(String(req.params.file))
    return seriesFeed(payload, slug, format)
  })

  router.get('/openapi.json', (_req, res) => void res.json(openAPIDocument()))
  router.get('/docs', (_req, res) => void res.type('html').send(apiDocsPage()))

  router.use(noSuchEndpoint)
  router.use(deliveryErrors(payload))
  return router
}
