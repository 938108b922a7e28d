/**
 * The delivery API keeps the contract it publishes: the OpenAPI 3.1 document is valid, every
 * documented endpoint answers the seeded demo content with a body that matches the schema the
 * document declares (additionalProperties: false, so any drift fails), errors have the Error
 * shape, the feeds parse with a real feed parser, citation files read back in citation-js, and the
 * docs page lists every path.
 */
import { Cite } from '@citation-js/core'
// The formats the files are read back in; the server loads its own copy only when asked for a file.
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import Parser from 'rss-parser'

import { createUser, paragraph, richText, text } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { publishThroughWorkflow } from '../helpers/workflow'

const BASE = '/delivery/v1'
const SERIES_SLUG = 'energy-materials-bulletin'
const DOCUMENT_ID = 'https://bulletin.test/delivery/v1/openapi.json'

type OpenAPIDocument = {
  openapi: string
  paths: Record<string, { get: { parameters?: Array<{ name: string; in: string }>; responses: Record<string, { content?: Record<string, unknown> }> } }>
  components: { schemas: Record<string, unknown> }
}
type Reply<T = any> = { body: T; contentType: string; headers: Headers; status: number; text: string }
type Unpublished = { id: number | string; slug: string; title: string }

let context: TestPayload
let server: TestServer
let documentOnServer: OpenAPIDocument
let ajv: Ajv2020
/** An extra published issue (2025【06】) in the demo series, so the series has two and pagination has something to page. */
let olderIssueID: number | string
let olderItemID: number | string
let inProgressIssue: { id: number | string; title: string }
let unpublishedItems: Unpublished[]

async function get<T = any>(path: string, headers: Record<string, string> = {}): Promise<Reply<T>> {
  const response = await fetch(`${server.baseURL}${BASE}${path}`, { headers })
  const body = await response.text()
  let parsed: unknown = body
  try {
    parsed = JSON.parse(body)
  } catch {
    // not JSON: keep the text
  }
  return { body: parsed as T, contentType: response.headers.get('content-type') ?? '', headers: response.headers, status: response.status, text: body }
}

/** The 引用日期 of an online citation made now: the day in China. */
function todayInBeijing(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
}

/** JSON Pointer (RFC 6901) inside a URI fragment. */
function pointer(...segments: string[]): string {
  return segments.map((segment) => encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')
}

const compiled = new Map<string, ValidateFunction>()
function compile(fragment: string): ValidateFunction {
  let validate = compiled.get(fragment)
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/${fragment}` })
    compiled.set(fragment, validate)
  }
  return validate
}

/** The schema the document declares for GET `path` answering `status` with JSON. */
function responseSchema(path: string, status: number): ValidateFunction {
  const declared = documentOnServer.paths[path]?.get.responses[String(status)]
  if (!declared) throw new Error(`The document declares no ${status} response for GET ${path}`)
  const mediaType = status === 200 && path === '/feeds/{file}' ? 'application/feed+json' : 'application/json'
  if (!declared.content?.[mediaType]) throw new Error(`The document declares no ${mediaType} body for GET ${path} ${status}`)
  return compile(pointer('paths', path, 'get', 'responses', String(status), 'content', mediaType, 'schema'))
}

/** Fails with ajv's own error list (path, keyword, message) when the body drifts from the schema. */
function expectMatches(validate: ValidateFunction, body: unknown, what: string): void {
  const valid = validate(body)
  const errors = (validate.errors ?? []).map((error) => `${what}${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`)
  expect(errors).toEqual([])
  expect(valid).toBe(true)
}

/** GET a documented path, expect `status`, and validate the body against the document. */
async function call<T = any>(path: string, url: string, status = 200): Promise<Reply<T>> {
  const response = await get<T>(url)
  if (response.status !== status) {
    throw new Error(`GET ${BASE}${url}: expected ${status}, got ${response.status}: ${response.text.slice(0, 500)}\n${server.output().slice(-2000)}`)
  }
  expect(response.contentType).toMatch(/^application\/json\b/)
  expectMatches(responseSchema(path, status), response.body, `GET ${url} → ${status}: body`)
  return response
}

/** Walks the seed's (and this file's) data from the top, the way a downstream site would. */
async function publishedIssues() {
  const { body } = await call('/series/{slug}/issues', `/series/${SERIES_SLUG}/issues`)
  return body.docs as Array<{ id: number; year: number; number: number; title: string; label: string; publicationDate: string }>
}

beforeAll(async () => {
  context = await initPayload('delivery-contract', { content: 'demo' })
  const { payload } = context

  // A second published issue in the demo series, one year older, with one item.
  const { docs: series } = await payload.find({ collection: 'series', where: { slug: { equals: SERIES_SLUG } } })
  const { docs: sections } = await payload.find({ collection: 'sections', where: { slug: { equals: 'research' } } })
  const { docs: authors } = await payload.find({ collection: 'authors', where: { slug: { equals: 'chen-siyuan' } } })
  const older = await payload.create({
    collection: 'issues',
    data: { series: series[0].id, year: 2025, number: 6, publicationDate: '2025-11-20T00:00:00.000Z', sections: [{ section: sections[0].id }] },
    draft: true,
  })
  olderIssueID = older.id
  const item = await payload.create({
    collection: 'items',
    data: {
      title: '高镍正极材料热稳定性研究进展',
      titleEn: 'Thermal Stability of Nickel-Rich Cathodes',
      summary: '综述高镍正极材料热失控机理与改性策略。',
      issue: older.id,
      section: sections[0].id,
      body: richText(paragraph(text('高镍正极材料能量密度高，但热稳定性较差，电池安全问题受到关注。'))),
      credits: [{ contributor: authors[0].id, role: 'compiled' }],
    },
    draft: true,
  })
  olderItemID = item.id
  const editor = (await createUser(payload, ['editor'])).user
  const reviewer = (await createUser(payload, ['reviewer'])).user
  await publishThroughWorkflow(payload, older.id, { editor, reviewer })

  // What must never come out of the delivery API: the issue in progress and its items.
  const { docs: planned } = await payload.find({
    collection: 'issues',
    draft: true,
    where: { and: [{ series: { equals: series[0].id } }, { year: { equals: 2026 } }, { number: { equals: 2 } }] },
  })
  inProgressIssue = { id: planned[0].id, title: planned[0].title ?? '' }
  const { docs: items } = await payload.find({ collection: 'items', depth: 0, draft: true, pagination: false, where: { issue: { equals: planned[0].id } } })
  unpublishedItems = items.map((doc) => ({ id: doc.id, slug: doc.slug ?? '', title: doc.title }))

  server = await startTestServer(context.database)

  ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats(ajv)
  documentOnServer = (await get<OpenAPIDocument>('/openapi.json')).body
  // The document's top-level OpenAPI fields are not JSON Schema keywords; the schemas inside stay strict.
  ajv.addVocabulary(['openapi', 'info', 'servers', 'paths', 'components', 'webhooks', 'jsonSchemaDialect', 'security', 'tags', 'externalDocs'])
  ajv.addSchema({ ...structuredClone(documentOnServer), $id: DOCUMENT_ID })
}, 240_000)

afterAll(async () => {
  await server?.stop()
  await context?.close()
})

describe('the OpenAPI document', () => {
  it('is served at /delivery/v1/openapi.json and is a valid OpenAPI 3.1 document', async () => {
    const response = await get('/openapi.json')
    expect(response.status).toBe(200)
    expect(response.contentType).toMatch(/^application\/json\b/)
    expect(response.body.openapi).toMatch(/^3\.1\./)

    const validator = new Validator()
    const result = await validator.validate(structuredClone(response.body))
    expect(result.errors ?? []).toEqual([])
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('declares a JSON 200, 400 and 404 schema for every path, each of which compiles with every $ref resolved', () => {
    for (const path of Object.keys(documentOnServer.paths)) {
      for (const status of [200, 400, 404]) {
        // Feeds and files (XML, JSON Feed, citation files …) are checked where they are made.
        if (status === 200 && !documentOnServer.paths[path].get.responses['200'].content?.['application/json']) continue
        expect(() => responseSchema(path, status)).not.toThrow()
      }
    }
    for (const name of Object.keys(documentOnServer.components.schemas)) {
      expect(() => compile(pointer('components', 'schemas', name))).not.toThrow()
    }
  })

  it('catches drift: an extra, a missing or a mistyped property fails validation', async () => {
    const validate = responseSchema('/issues/{id}', 200)
    const [latest] = await publishedIssues()
    const { body } = await get(`/issues/${latest.id}`)
    expect(validate(body)).toBe(true)
    expect(validate({ ...body, internalNote: 'x' })).toBe(false)
    const { title: _title, ...withoutTitle } = body
    expect(validate(withoutTitle)).toBe(false)
    expect(validate({ ...body, year: String(body.year) })).toBe(false)
    const nested = structuredClone(body)
    nested.sections[0].items[0].workflowState = 'published'
    expect(validate(nested)).toBe(false)
    expect(validate({ ...body, publicationDate: 'last Tuesday' })).toBe(false)
  })
})

describe('every documented endpoint, against the seeded demo content', () => {
  it('covers every path of the document in this file', () => {
    expect(Object.keys(documentOnServer.paths).sort()).toEqual(
      [
        '/authors/{slug}',
        '/feeds/{file}',
        '/issues/{id}',
        '/issues/{id}/docx',
        '/issues/{id}/full',
        '/issues/{id}/pdf',
        '/items/{id}',
        '/items/{id}/cite',
        '/search',
        '/sections/{slug}/items',
        '/series',
        '/series/{slug}/issues',
        '/series/{slug}/issues/{year}/{number}',
      ].sort(),
    )
  })

  it('GET /series lists the demo series with its links', async () => {
    const { body } = await call('/series', '/series')
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0]).toMatchObject({
      slug: SERIES_SLUG,
      title: '能源材料动态',
      titleEn: 'ENERGY MATERIALS BULLETIN',
      publisher: { institute: '滨海能源材料研究所', office: '科研与规划处' },
      frequency: 'bimonthly',
      links: {
        issues: `${BASE}/series/${SERIES_SLUG}/issues`,
        rss: `${BASE}/feeds/${SERIES_SLUG}.rss`,
        atom: `${BASE}/feeds/${SERIES_SLUG}.atom`,
        json: `${BASE}/feeds/${SERIES_SLUG}.json`,
      },
    })
  })

  it('GET /series/{slug}/issues lists only published issues, newest first, and pages through them', async () => {
    const { body } = await call('/series/{slug}/issues', `/series/${SERIES_SLUG}/issues`)
    expect(body.series.slug).toBe(SERIES_SLUG)
    expect(body.docs.map((issue: { year: number; number: number }) => [issue.year, issue.number])).toEqual([
      [2026, 1],
      [2025, 6],
    ])
    expect(body.docs.map((issue: { id: number }) => issue.id)).not.toContain(inProgressIssue.id)
    expect(body).toMatchObject({ page: 1, limit: 10, totalDocs: 2, totalPages: 1 })
    const [latest] = body.docs
    expect(latest).toMatchObject({
      series: SERIES_SLUG,
      label: '2026【01】',
      title: '能源材料动态 2026【01】',
      links: { self: `${BASE}/issues/${latest.id}`, full: `${BASE}/issues/${latest.id}/full` },
    })
    expect(new Date(latest.publicationDate).toISOString().slice(0, 10)).toBe('2026-01-22')

    const first = await call('/series/{slug}/issues', `/series/${SERIES_SLUG}/issues?limit=1`)
    expect(first.body).toMatchObject({ page: 1, limit: 1, totalDocs: 2, totalPages: 2 })
    expect(first.body.docs.map((issue: { id: number }) => issue.id)).toEqual([latest.id])
    const second = await call('/series/{slug}/issues', `/series/${SERIES_SLUG}/issues?limit=1&page=2`)
    expect(second.body).toMatchObject({ page: 2, limit: 1, totalDocs: 2, totalPages: 2 })
    expect(second.body.docs.map((issue: { id: number }) => issue.id)).toEqual([olderIssueID])
    const beyond = await call('/series/{slug}/issues', `/series/${SERIES_SLUG}/issues?limit=1&page=3`)
    expect(beyond.body.docs).toEqual([])
  })

  it('GET /series/{slug}/issues/{year}/{number} answers the same table of contents as GET /issues/{id}', async () => {
    const [latest] = await publishedIssues()
    const byNumber = await call('/series/{slug}/issues/{year}/{number}', `/series/${SERIES_SLUG}/issues/2026/1`)
    const byID = await call('/issues/{id}', `/issues/${latest.id}`)
    expect(byNumber.body).toEqual(byID.body)
    expect(byID.body.id).toBe(latest.id)
  })

  it('GET /issues/{id} gives the sections in the editor’s order with their items and editor’s note', async () => {
    const [latest] = await publishedIssues()
    const { body } = await call('/issues/{id}', `/issues/${latest.id}`)
    expect(body.seriesInfo?.slug).toBe(SERIES_SLUG)
    expect(body.citation).toEqual({
      gbt7714: `能源材料动态[J/OL]. 2026(1). 滨海能源材料研究所科研与规划处, 2026[${todayInBeijing()}]. ${server.baseURL}${BASE}/issues/${latest.id}.`,
    })
    expect(body.sections.map((section: { slug: string }) => section.slug)).toEqual(['analysis', 'international', 'funding', 'research', 'special-topic'])
    const items = body.sections.flatMap((section: { items: Array<{ slug: string }> }) => section.items)
    expect(items).toHaveLength(9)
    expect(items[0]).toMatchObject({
      slug: 'solid-state-battery-industrialisation',
      title: '我国固态电池产业化进程与关键瓶颈分析',
      creditLine: expect.stringContaining('许 宁'),
    })
    const specialTopic = body.sections.find((section: { slug: string }) => section.slug === 'special-topic')
    expect(specialTopic.editorsNote).toContain('编者按')
    expect(body.sections.find((section: { slug: string }) => section.slug === 'analysis').editorsNote).toBeNull()
    // The table of contents carries no rendered bodies.
    expect(JSON.stringify(body)).not.toContain('"html"')
  })

  it('GET /issues/{id}/full renders every item, with footnotes numbered 1…n across the issue', async () => {
    const [latest] = await publishedIssues()
    const { body } = await call('/issues/{id}/full', `/issues/${latest.id}/full`)
    const items = body.sections.flatMap((section: { items: Array<{ html: string; slug: string }> }) => section.items)
    expect(items).toHaveLength(9)
    for (const item of items) expect(item.html.length).toBeGreaterThan(0)
    const numbers = body.footnotes.map((note: { number: number }) => note.number)
    expect(numbers.length).toBeGreaterThan(5)
    expect(numbers).toEqual(numbers.map((_: number, index: number) => index + 1))
    const html = items.map((item: { html: string }) => item.html).join('')
    for (const number of numbers) expect(html).toContain(`href="#fn-${number}"`)
    const solid = items.find((item: { slug: string }) => item.slug === 'solid-state-battery-industrialisation')
    expect(solid.html).toContain('<table')
    const storage = items.find((item: { slug: string }) => item.slug === 'global-energy-storage-installations-2025')
    expect(storage.html).toContain('<img')
    expect(html).not.toMatch(/<script|javascript:|onerror=/i)
  })

  it('GET /items/{id} gives an item with its issue, section, body and its footnotes numbered as in the issue', async () => {
    const [latest] = await publishedIssues()
    const full = await call('/issues/{id}/full', `/issues/${latest.id}/full`)
    const solid = full.body.sections[0].items[0]
    const { body } = await call('/items/{id}', `/items/${solid.id}`)
    expect(body).toMatchObject({
      id: solid.id,
      slug: 'solid-state-battery-industrialisation',
      issue: { id: latest.id, series: SERIES_SLUG, label: '2026【01】' },
      section: { slug: 'analysis', name: '深度分析', nameEn: 'In-depth Analysis' },
      links: { self: `${BASE}/items/${solid.id}` },
    })
    expect(body.html).toBe(solid.html)
    expect(body.footnotes.length).toBeGreaterThan(0)
    for (const note of body.footnotes) expect(full.body.footnotes).toContainEqual(note)
    expect(body.credits).toContainEqual({ name: '许 宁', role: 'compiled', kind: 'person', slug: 'xu-ning' })
    // GB/T 7714-2015: the name in full without the credit line's padding, the reviewer not an author.
    expect(body.citation).toEqual({
      gbt7714: `许宁. 我国固态电池产业化进程与关键瓶颈分析[J/OL]. 能源材料动态, 2026(1)[${todayInBeijing()}]. ${server.baseURL}${BASE}/items/${solid.id}.`,
    })
    expect(solid.citation).toEqual(body.citation)

    const sodium = full.body.sections
      .flatMap((section: { items: Array<{ slug: string }> }) => section.items)
      .find((item: { slug: string }) => item.slug === 'sodium-ion-cathode-long-cycling')
    const cited = await call('/items/{id}', `/items/${sodium.id}`)
    expect(cited.body.publishedIn).toMatchObject({ journal: 'Energy Materials Frontiers' })
  })

  it('GET /sections/{slug}/items lists the published items of a section with their issue, and pages', async () => {
    const { body } = await call('/sections/{slug}/items', '/sections/research/items')
    expect(body.section).toEqual({ slug: 'research', name: '研究动态', nameEn: 'Research Progress' })
    const ids = body.docs.map((item: { id: number }) => item.id)
    expect(ids).toContain(olderItemID)
    for (const unpublished of unpublishedItems) expect(ids).not.toContain(unpublished.id)
    expect(body.totalDocs).toBe(body.docs.length)
    for (const item of body.docs) {
      expect(item.issue).not.toBeNull()
      expect([2025, 2026]).toContain(item.issue.year)
    }

    const paged = await call('/sections/{slug}/items', '/sections/research/items?limit=1&page=2')
    expect(paged.body).toMatchObject({ page: 2, limit: 1, totalDocs: body.totalDocs, totalPages: body.totalDocs })
    expect(paged.body.docs).toEqual([body.docs[1]])

    // A section whose only items are in the issue in progress has none to deliver.
    const empty = await call('/sections/{slug}/items', '/sections/strategy/items')
    expect(empty.body).toMatchObject({ section: { slug: 'strategy' }, docs: [], totalDocs: 0 })
  })

  it('GET /sections/{slug}/items lists newest first: items of the newer issue before those of the older one', async () => {
    // 2025【06】 was entered after 2026【01】 (a back issue), so creation order is not publication order.
    const { body } = await call('/sections/{slug}/items', '/sections/research/items')
    // As GET /series/{slug}/issues means it: by issue, newest (year, number) first.
    const issues = body.docs.map((item: { issue: { year: number; number: number } }) => item.issue.year * 100 + item.issue.number)
    expect(issues).toEqual([...issues].sort((a, b) => b - a))
  })

  it('the issue embedded in section items, contributor pages and search hits names its series', async () => {
    const responses = [
      await call('/sections/{slug}/items', '/sections/research/items'),
      await call('/authors/{slug}', '/authors/chen-siyuan'),
      await call('/search', `/search?q=${encodeURIComponent('电池')}`),
    ]
    const embedded = [
      ...responses[0].body.docs.map((item: { issue: { series: string | null } }) => ['/sections/research/items', item.issue.series]),
      ...responses[1].body.items.map((item: { issue: { series: string | null } }) => ['/authors/chen-siyuan', item.issue.series]),
      ...responses[2].body.docs.map((item: { issue: { series: string | null } }) => ['/search?q=电池', item.issue.series]),
    ]
    expect(embedded.length).toBeGreaterThan(0)
    expect(embedded).toEqual(embedded.map(([endpoint]) => [endpoint, SERIES_SLUG]))
  })

  it('GET /authors/{slug} counts only published items, per year', async () => {
    const { body } = await call('/authors/{slug}', '/authors/chen-siyuan')
    expect(body).toMatchObject({ slug: 'chen-siyuan', name: '陈思远', kind: 'person', affiliation: '滨海能源材料研究所 科研与规划处' })
    // Three items in 2026【01】 and one in 2025【06】; the one in 2026【02】 (in progress) does not count.
    expect(body.totalItems).toBe(4)
    expect(body.itemsPerYear).toEqual([
      { year: 2026, count: 3 },
      { year: 2025, count: 1 },
    ])
    expect(body.items).toHaveLength(4)
    const ids = body.items.map((item: { id: number }) => item.id)
    for (const unpublished of unpublishedItems) expect(ids).not.toContain(unpublished.id)
    for (const item of body.items) expect(item.credits.map((credit: { slug: string }) => credit.slug)).toContain('chen-siyuan')

    const organisation = await call('/authors/{slug}', '/authors/keji-chenbao')
    expect(organisation.body).toMatchObject({ kind: 'organisation', name: '科技晨报', affiliation: null, totalItems: 1 })
  })

  it('GET /search finds a two-character Chinese query in published items only, with marked snippets', async () => {
    const { body } = await call('/search', `/search?q=${encodeURIComponent('电池')}&limit=50`)
    expect(body.query).toBe('电池')
    expect(body.totalDocs).toBeGreaterThanOrEqual(5)
    expect(body.docs).toHaveLength(body.totalDocs)
    const slugs = body.docs.map((hit: { slug: string }) => hit.slug)
    expect(slugs).toEqual(expect.arrayContaining(['solid-state-battery-industrialisation', 'sodium-ion-cathode-long-cycling', 'uk-battery-recycling-innovation-programme']))
    // Items of the issue in progress also say 电池; none may be found.
    for (const unpublished of unpublishedItems) expect(slugs).not.toContain(unpublished.slug)
    const scores = body.docs.map((hit: { score: number }) => hit.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    for (const hit of body.docs) expect(hit.snippet).toContain('<mark>电池</mark>')
    // Ranked by BM25 with the title weighing most: every item with 电池 in its title comes first.
    const inTitle = body.docs.map((hit: { title: string }) => hit.title.includes('电池'))
    expect(inTitle).toEqual([...inTitle].sort((a, b) => Number(b) - Number(a)))
    expect(inTitle).toContain(false)

    const paged = await call('/search', `/search?q=${encodeURIComponent('电池')}&limit=2&page=2`)
    expect(paged.body).toMatchObject({ page: 2, limit: 2, totalDocs: body.totalDocs, totalPages: Math.ceil(body.totalDocs / 2) })
    expect(paged.body.docs).toEqual(body.docs.slice(2, 4))
  })

  it('GET /search finds an English word, case-insensitively, in published items only', async () => {
    const { body } = await call('/search', '/search?q=Battery')
    // “UK Launches a Battery Recycling Innovation Programme”; the in-progress issue's
    // “… Build a Battery Materials Data Platform” and “… Improves Battery Thermal Safety” are not published.
    expect(body.docs.map((hit: { slug: string }) => hit.slug)).toEqual(['uk-battery-recycling-innovation-programme'])
    expect(body.docs[0].snippet).toMatch(/<mark>battery<\/mark>/i)
    const lower = await call('/search', '/search?q=recycling')
    expect(lower.body.docs.map((hit: { slug: string }) => hit.slug)).toContain('uk-battery-recycling-innovation-programme')
    const none = await call('/search', '/search?q=zeppelin')
    expect(none.body).toMatchObject({ docs: [], totalDocs: 0 })
  })

  it('answers with ETag and 304 for If-None-Match, as the document says', async () => {
    const first = await get('/series')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    expect(first.headers.get('last-modified')).toBeTruthy()
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/)
    const again = await get('/series', { 'If-None-Match': etag as string })
    expect(again.status).toBe(304)
    expect(again.text).toBe('')
  })
})

describe('errors have the documented Error shape', () => {
  const longQuery = 'a'.repeat(101)
  const chinese = encodeURIComponent('电池')
  // :in-progress and :unpublished-item stand for the issue in progress and one of its items.
  const cases: Array<[string, string, number]> = [
    ['/issues/{id}', '/issues/999999', 404],
    ['/issues/{id}', '/issues/not-an-id', 400],
    ['/issues/{id}', '/issues/:in-progress', 404],
    ['/issues/{id}/full', '/issues/:in-progress/full', 404],
    ['/issues/{id}/full', '/issues/999999/full', 404],
    ['/series/{slug}/issues', '/series/BAD_SLUG!/issues', 400],
    ['/series/{slug}/issues', '/series/no-such-series/issues', 404],
    ['/series/{slug}/issues', `/series/${SERIES_SLUG}/issues?limit=500`, 400],
    ['/series/{slug}/issues', `/series/${SERIES_SLUG}/issues?limit=0`, 400],
    ['/series/{slug}/issues', `/series/${SERIES_SLUG}/issues?page=abc`, 400],
    ['/series/{slug}/issues/{year}/{number}', `/series/${SERIES_SLUG}/issues/2026/2`, 404],
    ['/series/{slug}/issues/{year}/{number}', `/series/${SERIES_SLUG}/issues/2026/100`, 400],
    ['/series/{slug}/issues/{year}/{number}', `/series/${SERIES_SLUG}/issues/twenty/1`, 400],
    ['/series/{slug}/issues/{year}/{number}', '/series/no-such-series/issues/2026/1', 404],
    ['/items/{id}', '/items/999999', 404],
    ['/items/{id}', '/items/:unpublished-item', 404],
    ['/items/{id}/cite', '/items/:unpublished-item/cite?format=ris', 404],
    ['/items/{id}/cite', '/items/999999/cite?format=bibtex', 404],
    ['/items/{id}/cite', '/items/:published-item/cite', 400],
    ['/items/{id}/cite', '/items/:published-item/cite?format=endnote', 400],
    ['/sections/{slug}/items', '/sections/no-such-section/items', 404],
    ['/sections/{slug}/items', '/sections/Research/items', 400],
    ['/sections/{slug}/items', '/sections/research/items?limit=500', 400],
    ['/authors/{slug}', '/authors/nobody-at-all', 404],
    ['/authors/{slug}', '/authors/Chen_Siyuan', 400],
    ['/search', '/search', 400],
    ['/search', '/search?q=', 400],
    ['/search', '/search?q=%20%20', 400],
    ['/search', `/search?q=${longQuery}`, 400],
    ['/search', `/search?q=${chinese}&limit=500`, 400],
    ['/feeds/{file}', '/feeds/no-such-series.rss', 404],
    ['/feeds/{file}', `/feeds/${SERIES_SLUG}.xml`, 400],
    ['/feeds/{file}', '/feeds/Energy.rss', 400],
  ]

  it.each(cases)('GET %s as %s → %i', async (path, template, status) => {
    const url = template
      .replace(':in-progress', String(inProgressIssue.id))
      .replace(':unpublished-item', String(unpublishedItems[0].id))
      .replace(':published-item', String(olderItemID))
    const { body } = await call(path, url, status)
    expect(body.error.status).toBe(status)
    expect(body.error.message.length).toBeGreaterThan(0)
  })

  it('every unpublished item of the issue in progress is 404', async () => {
    expect(unpublishedItems.length).toBeGreaterThan(0)
    for (const item of unpublishedItems) await call('/items/{id}', `/items/${item.id}`, 404)
  })

  it('an undocumented endpoint is 404 with the Error shape', async () => {
    const response = await get('/no-such-endpoint')
    expect(response.status).toBe(404)
    expectMatches(compile(pointer('components', 'schemas', 'Error')), response.body, 'GET /no-such-endpoint: body')
  })
})

describe('the citation files of an item', () => {
  async function solidStateItem(): Promise<{ id: number }> {
    const [latest] = await publishedIssues()
    const { body } = await call('/issues/{id}', `/issues/${latest.id}`)
    return body.sections[0].items.find((item: { slug: string }) => item.slug === 'solid-state-battery-industrialisation')
  }

  async function citationFile(format: string, contentType: string, extension: string) {
    const { id } = await solidStateItem()
    const response = await get(`/items/${id}/cite?format=${format}`)
    if (response.status !== 200) throw new Error(`cite ${format}: ${response.status} ${response.text.slice(0, 500)}`)
    expect(response.contentType).toBe(`${contentType}; charset=utf-8`)
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="solid-state-battery-industrialisation.${extension}"`)
    return { id, text: response.text, url: `${server.baseURL}${BASE}/items/${id}` }
  }

  it('RIS: a journal article in UTF-8 that citation-js reads back', async () => {
    const { text, url } = await citationFile('ris', 'application/x-research-info-systems', 'ris')
    expect(text.split(/\r?\n/)).toEqual(
      expect.arrayContaining(['TY  - JOUR', 'AU  - 许宁', 'TI  - 我国固态电池产业化进程与关键瓶颈分析', 'T2  - 能源材料动态', 'PY  - 2026', 'IS  - 1', `UR  - ${url}`]),
    )
    expect(text).not.toContain('方禾') // the reviewer
    const [back] = new Cite(text).data
    expect(back).toMatchObject({ type: 'article-journal', title: '我国固态电池产业化进程与关键瓶颈分析', 'container-title': '能源材料动态', URL: url })
  })

  it('BibTeX: an ASCII key, Chinese in UTF-8, that citation-js reads back', async () => {
    const { text, url } = await citationFile('bibtex', 'application/x-bibtex', 'bib')
    expect(text).toMatch(/^@article\{xuning2026woguo,$/m)
    expect(text).toContain('author = {{许宁}},')
    expect(text).toContain('publisher = {滨海能源材料研究所科研与规划处},')
    const [back] = new Cite(text).data
    expect(back).toMatchObject({ 'citation-key': 'xuning2026woguo', title: '我国固态电池产业化进程与关键瓶颈分析', URL: url })
    expect(back.issued).toEqual({ 'date-parts': [[2026, 1, 22]] })
  })

  it('CSL-JSON: the record every other form is made from', async () => {
    const { id, text, url } = await citationFile('csl-json', 'application/vnd.citationstyles.csl+json', 'json')
    expect(JSON.parse(text)).toEqual([
      expect.objectContaining({
        id: `item-${id}`,
        type: 'article-journal',
        title: '我国固态电池产业化进程与关键瓶颈分析',
        author: [{ literal: '许宁' }],
        'container-title': '能源材料动态',
        issued: { 'date-parts': [[2026, 1, 22]] },
        issue: '1',
        publisher: '滨海能源材料研究所科研与规划处',
        URL: url,
        language: 'zh',
      }),
    ])
  })

  it('is cached with an ETag like the rest of the API, and answers 304', async () => {
    const { id } = await solidStateItem()
    const first = await get(`/items/${id}/cite?format=ris`)
    const etag = first.headers.get('etag') as string
    expect(etag).toBeTruthy()
    const again = await get(`/items/${id}/cite?format=ris`, { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    const other = await get(`/items/${id}/cite?format=bibtex`)
    expect(other.headers.get('etag')).not.toBe(etag)
  })

  it('refuses an unknown format naming the formats there are', async () => {
    const { id } = await solidStateItem()
    const { body } = await call('/items/{id}/cite', `/items/${id}/cite?format=endnote`, 400)
    expect(body.error.message).toBe('Give the citation format as ?format=, one of ris, bibtex, csl-json; got "endnote".')
  })
})

describe('the feeds of a series', () => {
  const parser = new Parser()

  async function feed(extension: 'atom' | 'json' | 'rss') {
    const response = await get(`/feeds/${SERIES_SLUG}.${extension}`)
    if (response.status !== 200) throw new Error(`Feed .${extension}: ${response.status} ${response.text.slice(0, 500)}`)
    return response
  }

  async function expected() {
    const issues = await publishedIssues()
    return issues.map((issue) => ({ title: issue.title, link: `${server.baseURL}${BASE}/issues/${issue.id}`, date: issue.publicationDate }))
  }

  it('RSS 2.0 parses and lists every published issue, not the one in progress', async () => {
    const response = await feed('rss')
    expect(response.contentType).toMatch(/^application\/rss\+xml\b/)
    expect(response.text).toMatch(/<rss[^>]+version="2\.0"/)
    const parsed = await parser.parseString(response.text)
    expect(parsed.title).toBe('能源材料动态 · ENERGY MATERIALS BULLETIN')
    expect(parsed.link).toBe(`${server.baseURL}${BASE}/series/${SERIES_SLUG}/issues`)
    const issues = await expected()
    expect(parsed.items.map((item) => ({ title: item.title, link: item.link }))).toEqual(issues.map(({ title, link }) => ({ title, link })))
    for (const [index, item] of parsed.items.entries()) {
      expect(new Date(item.isoDate ?? '').getTime()).toBe(new Date(issues[index].date).getTime())
      expect(item.guid).toBe(issues[index].link)
    }
    expect(inProgressIssue.title).toBe('能源材料动态 2026【02】')
    expect(parsed.items.map((item) => item.title)).not.toContain(inProgressIssue.title)
    expect(parsed.items[0].content).toContain('我国固态电池产业化进程与关键瓶颈分析')
  })

  it('Atom 1.0 parses and lists every published issue, not the one in progress', async () => {
    const response = await feed('atom')
    expect(response.contentType).toMatch(/^application\/atom\+xml\b/)
    expect(response.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    const parsed = await parser.parseString(response.text)
    expect(parsed.title).toBe('能源材料动态 · ENERGY MATERIALS BULLETIN')
    const issues = await expected()
    expect(parsed.items.map((item) => ({ title: item.title, link: item.link }))).toEqual(issues.map(({ title, link }) => ({ title, link })))
    for (const [index, item] of parsed.items.entries()) {
      expect((item as { id?: string }).id).toBe(issues[index].link)
      expect(new Date(item.isoDate ?? item.pubDate ?? '').getTime()).toBe(new Date(issues[index].date).getTime())
    }
    expect(parsed.items.map((item) => item.title)).not.toContain(inProgressIssue.title)
  })

  it('JSON Feed 1.1 lists every published issue, not the one in progress', async () => {
    const response = await feed('json')
    expect(response.contentType).toMatch(/^application\/feed\+json\b/)
    expectMatches(responseSchema('/feeds/{file}', 200), response.body, 'JSON Feed')
    // The required and used fields of https://www.jsonfeed.org/version/1.1/
    const jsonFeed = ajv.compile({
      type: 'object',
      required: ['version', 'title', 'items'],
      properties: {
        version: { const: 'https://jsonfeed.org/version/1.1' },
        title: { type: 'string', minLength: 1 },
        home_page_url: { type: 'string', format: 'uri' },
        feed_url: { type: 'string', format: 'uri' },
        description: { type: 'string' },
        language: { type: 'string' },
        items: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'url', 'title', 'content_html', 'date_published'],
            properties: {
              id: { type: 'string', minLength: 1 },
              url: { type: 'string', format: 'uri' },
              title: { type: 'string' },
              content_html: { type: 'string', minLength: 1 },
              summary: { type: 'string' },
              date_published: { type: 'string', format: 'date-time' },
            },
          },
        },
      },
    })
    expectMatches(jsonFeed, response.body, 'JSON Feed 1.1')
    const body = response.body
    expect(body.feed_url).toBe(`${server.baseURL}${BASE}/feeds/${SERIES_SLUG}.json`)
    const issues = await expected()
    expect(body.items.map((item: { title: string; url: string; id: string }) => ({ title: item.title, link: item.url, id: item.id }))).toEqual(
      issues.map(({ title, link }) => ({ title, link, id: link })),
    )
    for (const [index, item] of body.items.entries()) expect(Date.parse(item.date_published)).toBe(Date.parse(issues[index].date))
    expect(body.items.map((item: { title: string }) => item.title)).not.toContain(inProgressIssue.title)
    expect(body.items[0].content_html).toContain('<h3>深度分析</h3>')
  })
})

describe('the docs page', () => {
  it('is HTML listing every path of the document', async () => {
    const response = await get('/docs')
    expect(response.status).toBe(200)
    expect(response.contentType).toMatch(/^text\/html\b/)
    expect(response.text).toMatch(/^<!doctype html>/i)
    for (const path of Object.keys(documentOnServer.paths)) expect(response.text).toContain(`GET ${BASE}${path}`)
    expect(response.text).toContain(`${BASE}/openapi.json`)
  })
})
