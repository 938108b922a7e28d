import type { IncomingMessage, ServerResponse } from 'node:http'

import { type Request, Router } from 'express'
import type { Payload } from 'payload'

import { citationDownload } from '../citations'
import { subscribeToPublication, subscribeToSharedContentChanges } from '../publication/events'
import { answerKept } from './answer'
import { type RenderedResponse, ResponseCache } from './cache'
import { corsForDelivery } from './cors'
import { deliveryErrors, noSuchEndpoint } from './errors'
import { seriesFeed } from './feeds'
import { issueContents } from './issueContents'
import { itemOut } from './itemOut'
import { apiDocsPage, openAPIDocument } from './openapi'
import { citationFormatParam, feedFileParam, idParam, pageParams, positiveInteger, searchQueryParam, slugParam } from './params'
import { publishedEdition } from './printedEdition'
import * as published from './published'
import { watchPublicRecord } from './publicRecordWatch'
import { searchPublished } from './search'
import { issueKey, itemKey, LISTS, seriesKey, surrogateKeyHeader } from './surrogateKeys'
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

export type DeliveryAPI = {
  router: Router
  /**
   * Answers a GET from what the cache keeps, without express, when nothing else is needed: no CORS
   * (no Origin), the change token read within its interval, and the answer kept. Whether it did.
   */
  answerFromCache: (req: IncomingMessage, res: ServerResponse) => boolean
}

/**
 * GET /delivery/v1/…: the read-only, published-only API for downstream sites. Each route only
 * routes: it validates its parameters (`params`), reads through `published` (the only published
 * filter) or the search, shapes the result with `serializers`, and is answered from the response
 * cache, with 304 when the client already holds the response (`answer`). Answers carry surrogate
 * keys for a CDN (`surrogateKeys`).
 */
export function deliveryAPI(payload: Payload): DeliveryAPI {
  const cache = new ResponseCache(Number(process.env.DELIVERY_CACHE_TTL_SECONDS || 300) * 1000)
  const forget = () => cache.clear()
  subscribeToPublication(forget)
  subscribeToSharedContentChanges(forget)
  const publicRecord = watchPublicRecord(payload, forget)

  const router = Router()
  router.use(corsForDelivery())
  router.use(async (_req, _res, next) => {
    await publicRecord.check()
    next()
  })

  /** A route whose response is rendered once per URL and kept until the content changes. */
  const cached = (path: string, produce: (req: Request) => Promise<RenderedResponse>) =>
    router.get(path, async (req, res) => answerKept(req, res, await cache.get(req.originalUrl, () => produce(req))))
  /** The same for a public shape, answered as JSON and tagged with the surrogate keys of what it shows. */
  const json = <Body>(path: string, produce: (req: Request) => Promise<Body>, keys: (body: Body) => string[]) =>
    cached(path, async (req) => {
      const body = await produce(req)
      return { ...jsonResponse(body), headers: surrogateKeyHeader(keys(body)) }
    })
  const issueParam = (req: Request) => published.issueByID(payload, idParam(String(req.params.id)))
  const issueKeys = (issue: { id: number | string; series: string | null }) => [issueKey(issue.id), seriesKey(issue.series)]
  const lists = () => [LISTS]

  json('/series', async () => ({ docs: (await published.allSeries(payload)).map(seriesOut) }), lists)

  json('/series/:slug/issues', async (req) => {
    const series = await published.seriesBySlug(payload, slugParam(String(req.params.slug), 'series'))
    const result = await published.issuesOfSeries(payload, series, pageParams(req.query))
    return { series: seriesOut(series), ...pageOut(result, (issue) => issueSummaryOut({ ...issue, series })) }
  }, (body) => [seriesKey(body.series.slug), ...body.docs.map((issue) => issueKey(issue.id))])

  json('/series/:slug/issues/:year/:number', async (req) => {
    const series = await published.seriesBySlug(payload, slugParam(String(req.params.slug), 'series'))
    const year = positiveInteger(req.params.year, 'year', { max: 2999 })
    const number = positiveInteger(req.params.number, 'number', { max: 99 })
    return issueContents(payload, await published.issueByNumber(payload, series, year, number), { full: false })
  }, issueKeys)

  json('/issues/:id', async (req) => issueContents(payload, await issueParam(req), { full: false }), issueKeys)

  json('/issues/:id/full', async (req) => issueContents(payload, await issueParam(req), { full: true }), issueKeys)

  for (const format of ['pdf', 'docx'] as const) {
    cached(`/issues/:id/${format}`, async (req) => {
      const issue = await issueParam(req)
      const edition = await publishedEdition(payload, issue, format)
      return { ...edition, headers: { ...edition.headers, ...surrogateKeyHeader([issueKey(issue.id)]) } }
    })
  }

  json('/items/:id', async (req) => itemOut(payload, await published.itemByID(payload, idParam(String(req.params.id)))), (item) => [
    itemKey(item.id),
    ...(item.issue ? issueKeys(item.issue) : []),
  ])

  cached('/items/:id/cite', async (req) => {
    const id = idParam(String(req.params.id))
    const format = citationFormatParam(req.query.format)
    const { issue, item } = await published.itemAndIssue(payload, id)
    const citation = await citationDownload(item, issue, format)
    return { ...citation, headers: { ...citation.headers, ...surrogateKeyHeader([itemKey(item.id), issueKey(issue.id)]) } }
  })

  json('/sections/:slug/items', async (req) => {
    const section = await published.sectionBySlug(payload, slugParam(String(req.params.slug), 'section'))
    const page = pageParams(req.query)
    return { section: sectionOut(section), ...pageOut(await published.itemsOfSection(payload, section, page), itemWithIssueOut) }
  }, lists)

  json('/authors/:slug', async (req) => {
    const author = await published.authorBySlug(payload, slugParam(String(req.params.slug), 'contributor'))
    const [items, perYear] = await Promise.all([published.itemsCreditedTo(payload, author, pageParams(req.query)), published.creditedItemsPerYear(payload, author)])
    return contributorOut(author, items, perYear)
  }, lists)

  json('/search', async (req) => {
    const query = searchQueryParam(req.query.q)
    const page = pageParams(req.query)
    return { query, ...pageOut(await searchPublished(payload, query, page), searchHitOut) }
  }, lists)

  cached('/feeds/:file', async (req) => {
    const { format, slug } = feedFileParam(String(req.params.file))
    return { ...(await seriesFeed(payload, slug, format)), headers: surrogateKeyHeader([seriesKey(slug)]) }
  })

  router.get('/openapi.json', (_req, res) => void res.json(openAPIDocument()))
  router.get('/docs', (_req, res) => void res.type('html').send(apiDocsPage()))

  router.use(noSuchEndpoint)
  router.use(deliveryErrors(payload))

  return {
    router,
    answerFromCache: (req, res) => {
      if (req.method !== 'GET' || req.headers.origin || !publicRecord.isCurrent()) return false
      const kept = cache.kept(req.url ?? '')
      if (!kept) return false
      answerKept(req, res, kept)
      return true
    },
  }
}
