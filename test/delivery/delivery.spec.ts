import { createScaffold, createUser, footnote, paragraph, richText, type Scaffold, text, writePastValidation } from '../helpers/fixtures'
import { chartPNG, pngFile } from '../helpers/images'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { login, restClient } from '../helpers/rest'
import { workflow } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { actAs, publishThroughWorkflow } from '../helpers/workflow'
import Parser from 'rss-parser'

import type { User } from '../../src/payload-types'

const PARTNER = 'https://partner.example.org'
const SECRETS = ['SECRET-DRAFT', 'SECRET-REVIEW', 'SECRET-REVISION', 'SECRET-PLANNING']

let context: TestPayload
let server: TestServer
let api: ReturnType<typeof restClient>
let scaffold: Scaffold
let editor: User
let reviewer: User
type Login = { email: string; password: string }
let editorLogin: Login
let reviewerLogin: Login
let adminLogin: Login
let ids: { first: number; second: number; hostile: number; planningIssue: number }
let media: { hidden: number; shown: number }

function link(url: string, label: string) {
  return {
    type: 'link',
    version: 3,
    fields: { linkType: 'custom', newTab: false, url },
    children: [text(label)],
    direction: 'ltr',
    format: '',
    indent: 0,
  }
}

async function item(issue: number, section: number, title: string, body: object[], extra: Record<string, unknown> = {}) {
  const doc = await context.payload.create({
    collection: 'items',
    data: { title, issue, section, body: richText(...body), credits: [{ contributor: scaffold.authors[0].id, role: 'compiled' }], ...extra },
    draft: true,
  })
  return doc.id
}

beforeAll(async () => {
  context = await initPayload('delivery')
  const { payload } = context
  adminLogin = await createUser(payload, ['admin'])
  editorLogin = await createUser(payload, ['editor'])
  reviewerLogin = await createUser(payload, ['reviewer'])
  editor = (editorLogin as Login & { user: User }).user
  reviewer = (reviewerLogin as Login & { user: User }).user
  scaffold = await createScaffold(payload, 2026, 1)
  const [research, world] = scaffold.sections.map((section) => section.id)
  await payload.update({
    collection: 'issues',
    id: scaffold.issue.id,
    draft: true,
    data: {
      sections: [
        { section: research, editorsNote: richText(paragraph(text('编者按：本期关注储能。'), footnote(scaffold.references[1].id))) },
        { section: world },
      ],
    },
  })
  const chart = await payload.create({
    collection: 'media',
    data: { alt: '柱状图"><script>alert(1)</script>', captionZh: '<script>alert(2)</script>图题', figureNumber: '图 1' },
    file: pngFile(await chartPNG(800, 500), 'chart.png'),
  })
  const hostileReference = await payload.create({
    collection: 'references',
    data: { kind: 'report', title: '<img src=x onerror=alert(3)>报告', sourceOrganisation: '机构' },
  })
  const first = await item(issue(), research, '固态电池研究进展', [
    paragraph(text('固态电池的能量密度'), footnote(scaffold.references[0].id), text('持续提高'), footnote(scaffold.references[1].id)),
    { type: 'upload', version: 3, id: 'figure', fields: {}, format: '', relationTo: 'media', value: chart.id },
  ], { summary: 'Solid-state battery progress', titleEn: 'Progress in solid-state batteries', position: 1 })
  const hostileBody = (badURL: string) => [
    paragraph(text('<script>alert(5)</script>正文'), link(badURL, '坏链接'), link('https://safe.example.org/a', '好链接')),
    paragraph(text('引用'), footnote(hostileReference.id)),
  ]
  const hostile = await item(issue(), research, '<img src=x onerror=alert(4)>标题', hostileBody('https://placeholder.example.org'), { position: 2 })
  // Saving refuses a javascript: link; one stored before that check must still never reach a page.
  await writePastValidation(payload, hostile, (version) => ({ ...version, body: richText(...hostileBody('javascript:alert(6)')) }))
  const second = await item(issue(), world, '国际观察稿件', [paragraph(text('再次引用'), footnote(scaffold.references[0].id), text('新来源'), footnote(hostileReference.id))])
  await publishThroughWorkflow(payload, scaffold.issue.id, { editor, reviewer })

  // Unpublished work in the published issue: a draft, an item in review, and a revision of a published item.
  const hiddenChart = await payload.create({
    collection: 'media',
    data: { alt: '未发布稿件的图' },
    file: pngFile(await chartPNG(600, 400), 'hidden-chart.png'),
  })
  await item(issue(), world, 'SECRET-DRAFT 草稿', [
    paragraph(text('SECRET-DRAFT')),
    { type: 'upload', version: 3, id: 'hidden', fields: {}, format: '', relationTo: 'media', value: hiddenChart.id },
  ])
  media = { hidden: hiddenChart.id, shown: chart.id }
  const inReview = await item(issue(), world, 'SECRET-REVIEW 审核中', [paragraph(text('SECRET-REVIEW'))])
  await actAs(payload, editor, { action: 'submit', collection: 'items', id: inReview })
  await payload.update({ collection: 'items', id: first, draft: true, data: { title: 'SECRET-REVISION 修订', summary: 'SECRET-REVISION' } })

  const later = await createScaffold(payload, 2026, 3)
  await item(later.issue.id, later.sections[0].id, '第三期稿件', [paragraph(text('第三期'))])
  await publishThroughWorkflow(payload, later.issue.id, { editor, reviewer })
  const planning = await createScaffold(payload, 2026, 2)
  await item(planning.issue.id, planning.sections[0].id, 'SECRET-PLANNING 未发布期', [paragraph(text('SECRET-PLANNING'))])

  ids = { first, second, hostile, planningIssue: planning.issue.id }
  server = await startTestServer(context.database, { DELIVERY_CORS_ORIGINS: PARTNER })
  api = restClient(server.baseURL)

  function issue() {
    return scaffold.issue.id
  }
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

const v1 = (path: string) => `/delivery/v1${path}`

describe('the published bulletin, as downstream sites read it', () => {
  it('lists series and their published issues, newest first', async () => {
    const series = await api.get(v1('/series'))
    expect(series.status).toBe(200)
    const slug = scaffold.series.slug as string
    expect(series.body.docs.map((entry: { slug: string }) => entry.slug)).toContain(slug)
    const issues = await api.get(v1(`/series/${slug}/issues`))
    expect(issues.body.docs.map((entry: { number: number }) => entry.number)).toEqual([1])
    expect(issues.body).toMatchObject({ page: 1, totalDocs: 1, totalPages: 1 })
  })

  it('gives an issue’s table of contents in the editor’s order, with the editor’s note and credit lines', async () => {
    const { body, status } = await api.get(v1(`/series/${scaffold.series.slug}/issues/2026/1`))
    expect(status).toBe(200)
    expect(body).toMatchObject({ label: '2026【01】', year: 2026, number: 1 })
    expect(body.sections.map((section: { name: string }) => section.name)).toEqual(scaffold.sections.map((section) => section.name))
    expect(body.sections[0].editorsNote).toContain('编者按：本期关注储能。')
    expect(body.sections[0].items.map((entry: { id: number }) => entry.id)).toEqual([ids.first, ids.hostile])
    expect(body.sections[1].items.map((entry: { id: number }) => entry.id)).toEqual([ids.second])
    expect(body.sections[0].items[0]).toMatchObject({ title: '固态电池研究进展', creditLine: `（${scaffold.authors[0].displayName}）` })
    expect((await api.get(v1(`/issues/${scaffold.issue.id}`))).body).toEqual(body)
  })

  it('numbers footnotes continuously across the whole issue, editor’s note included', async () => {
    const { body } = await api.get(v1(`/issues/${scaffold.issue.id}/full`))
    const markers = (html: string) => [...html.matchAll(/href="#fn-(\d+)"/g)].map((match) => Number(match[1]))
    expect(markers(body.sections[0].editorsNote)).toEqual([2])
    const [first, hostile] = body.sections[0].items
    expect(markers(first.html)).toEqual([1, 2])
    expect(markers(hostile.html)).toEqual([3])
    expect(markers(body.sections[1].items[0].html)).toEqual([1, 3])
    expect(body.footnotes.map((note: { number: number }) => note.number)).toEqual([1, 2, 3])
    expect(body.footnotes[0]).toMatchObject({ title: scaffold.references[0].title, url: scaffold.references[0].url })
    expect(first.html).toMatch(/<figure[^>]*>.*<img[^>]*srcset="[^"]+ 400w/s)
  })

  it('neutralises markup and script in titles, bodies, captions and URLs', async () => {
    const { body } = await api.get(v1(`/issues/${scaffold.issue.id}/full`))
    const hostile = body.sections[0].items[1]
    // Titles are plain text for the client to escape; only the HTML fields carry markup, and it is clean.
    expect(hostile.title).toBe('<img src=x onerror=alert(4)>标题')
    const html = [
      ...body.sections.map((section: { editorsNote: null | string }) => section.editorsNote ?? ''),
      ...body.sections.flatMap((section: { items: Array<{ html: string }> }) => section.items.map((entry) => entry.html)),
    ].join('')
    expect(html).not.toMatch(/<script|onerror|javascript:/i)
    expect(hostile.html).toContain('<a href="#">坏链接</a>')
    expect(hostile.html).toContain('&lt;script&gt;alert(5)&lt;/script&gt;正文')
    expect(hostile.html).toContain('href="https://safe.example.org/a"')
    expect(body.sections[0].items[0].html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;图题')
    expect(body.footnotes[2].title).toBe('<img src=x onerror=alert(3)>报告')
  })

  it('carries titles in the RSS and Atom feeds as text, never as markup', async () => {
    const slug = scaffold.series.slug as string
    const parser = new Parser()
    for (const format of ['rss', 'atom'] as const) {
      const response = await fetch(`${server.baseURL}${v1(`/feeds/${slug}.${format}`)}`)
      expect(response.status).toBe(200)
      const [entry] = (await parser.parseString(await response.text())).items.filter((candidate) => candidate.link?.endsWith(`/issues/${scaffold.issue.id}`))
      // Parsed once as XML, the summary is the HTML a feed reader renders: the title's tag shows as text.
      const summary = String(format === 'rss' ? entry.content : (entry as { summary?: string }).summary)
      expect(summary).toContain('&lt;img src=x onerror=alert(4)&gt;标题')
      expect(summary).not.toMatch(/<img|onerror=alert\(4\)>/)
    }
  })

  it('serves an item with its issue and section, the published text only', async () => {
    const { body, status } = await api.get(v1(`/items/${ids.first}`))
    expect(status).toBe(200)
    expect(body).toMatchObject({ title: '固态电池研究进展', issue: { id: scaffold.issue.id }, section: { slug: scaffold.sections[0].slug } })
    expect(body.footnotes.map((note: { number: number }) => note.number)).toEqual([1, 2])
  })

  it('lists a section’s items and a contributor’s credited items with counts per year', async () => {
    const section = await api.get(v1(`/sections/${scaffold.sections[1].slug}/items`))
    expect(section.body.docs.map((entry: { id: number }) => entry.id)).toEqual([ids.second])
    const author = await api.get(v1(`/authors/${scaffold.authors[0].slug}`))
    expect(author.body.totalItems).toBe(4)
    expect(author.body.itemsPerYear).toEqual([{ year: 2026, count: 4 }])
  })

  it('finds Chinese with two characters and English words, ranked, with highlighted snippets', async () => {
    const chinese = await api.get(v1(`/search?q=${encodeURIComponent('电池')}`))
    expect(chinese.body.docs.map((hit: { id: number }) => hit.id)).toEqual([ids.first])
    expect(chinese.body.docs[0].snippet).toContain('<mark>电池</mark>')
    const english = await api.get(v1('/search?q=solid-state'))
    expect(english.body.docs.map((hit: { id: number }) => hit.id)).toEqual([ids.first])
    const nothing = await api.get(v1(`/search?q=${encodeURIComponent('量子计算')}`))
    expect(nothing.body).toMatchObject({ docs: [], totalDocs: 0 })
  })
})

describe('nothing unpublished reaches the public', () => {
  const paths = () => [
    v1('/series'),
    v1(`/series/${scaffold.series.slug}/issues`),
    v1(`/series/${scaffold.series.slug}/issues/2026/1`),
    v1(`/issues/${scaffold.issue.id}`),
    v1(`/issues/${scaffold.issue.id}/full`),
    v1(`/items/${ids.first}`),
    v1(`/sections/${scaffold.sections[1].slug}/items`),
    v1(`/sections/${scaffold.sections[0].slug}/items`),
    v1(`/authors/${scaffold.authors[0].slug}`),
    v1('/search?q=SECRET'),
    v1(`/search?q=${encodeURIComponent('草稿')}`),
    v1(`/feeds/${scaffold.series.slug}.rss`),
    v1(`/feeds/${scaffold.series.slug}.atom`),
    v1(`/feeds/${scaffold.series.slug}.json`),
  ]

  it('shows no draft, item in review, unpublished revision or unpublished issue through any endpoint', async () => {
    for (const path of paths()) {
      const response = await fetch(`${server.baseURL}${path}`)
      const body = await response.text()
      for (const secret of SECRETS) expect({ path, leaked: body.includes(secret) }).toEqual({ path, leaked: false })
    }
    expect((await api.get(v1(`/issues/${ids.planningIssue}`))).status).toBe(404)
    expect((await api.get(v1(`/series/${scaffold.series.slug}/issues/2026/2`))).status).toBe(404)
  })
})

describe('images', () => {
  it('are public once a published item shows them, and not before', async () => {
    const shown = await api.get(`/api/media/${media.shown}`)
    expect(shown.status).toBe(200)
    expect((await fetch(shown.body.url)).status).toBe(200)
    expect((await api.get(`/api/media/${media.hidden}`)).status).toBe(404)
    const hidden = await context.payload.findByID({ collection: 'media', id: media.hidden })
    const file = await fetch(`${server.baseURL}${new URL(hidden.url as string).pathname}`)
    expect(file.status).toBeGreaterThanOrEqual(400)
    expect(file.headers.get('content-type') ?? '').not.toContain('image')
  })
})

describe('HTTP behaviour', () => {
  it('answers a repeated request with 304 when the ETag matches, and sets caching headers', async () => {
    const first = await fetch(`${server.baseURL}${v1(`/issues/${scaffold.issue.id}`)}`)
    const etag = first.headers.get('etag') as string
    expect(etag).toMatch(/^".+"$/)
    expect(first.headers.get('last-modified')).toEqual(expect.any(String))
    expect(first.headers.get('cache-control')).toContain('max-age=')
    const again = await fetch(`${server.baseURL}${v1(`/issues/${scaffold.issue.id}`)}`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })

  it('answers If-Modified-Since with 304 unless changed since, letting If-None-Match decide when both come', async () => {
    const url = `${server.baseURL}${v1(`/issues/${scaffold.issue.id}/full`)}`
    const first = await fetch(url)
    expect(first.status).toBe(200)
    const etag = first.headers.get('etag') as string
    const lastModified = first.headers.get('last-modified') as string
    const sinceThen = await fetch(url, { headers: { 'If-Modified-Since': lastModified } })
    expect(sinceThen.status).toBe(304)
    expect(await sinceThen.text()).toBe('')
    const dayBefore = new Date(Date.parse(lastModified) - 86_400_000).toUTCString()
    expect((await fetch(url, { headers: { 'If-Modified-Since': dayBefore } })).status).toBe(200)
    expect((await fetch(url, { headers: { 'If-None-Match': '"another-version"', 'If-Modified-Since': lastModified } })).status).toBe(200)
    expect((await fetch(url, { headers: { 'If-None-Match': `"another-version", W/${etag}` } })).status).toBe(304)
  })

  it('answers a kept response the same from the cache as through express (which a partner origin goes through)', async () => {
    const url = `${server.baseURL}${v1(`/issues/${scaffold.issue.id}/full`)}`
    await fetch(url)
    const compared = ['cache-control', 'content-type', 'etag', 'last-modified', 'surrogate-key', 'vary']
    for (const encoding of ['identity', 'gzip', 'br']) {
      const headers = { 'Accept-Encoding': encoding }
      const fromCache = await fetch(url, { headers })
      const throughExpress = await fetch(url, { headers: { ...headers, Origin: PARTNER } })
      expect(throughExpress.headers.get('access-control-allow-origin')).toBe(PARTNER)
      expect(fromCache.headers.get('access-control-allow-origin')).toBeNull()
      for (const name of compared) expect([name, fromCache.headers.get(name)]).toEqual([name, throughExpress.headers.get(name)])
      expect(await fromCache.text()).toBe(await throughExpress.text())
    }
  })

  it('tags answers with surrogate keys a CDN can purge by, as a webhook event names them', async () => {
    const keys = async (path: string) => (await fetch(`${server.baseURL}${v1(path)}`)).headers.get('surrogate-key')?.split(' ')
    const issue = `issue-${scaffold.issue.id}`
    const series = `series-${scaffold.series.slug}`
    expect(await keys(`/issues/${scaffold.issue.id}`)).toEqual(['delivery', issue, series])
    expect(await keys(`/issues/${scaffold.issue.id}/full`)).toEqual(['delivery', issue, series])
    expect(await keys(`/items/${ids.first}`)).toEqual(['delivery', `item-${ids.first}`, issue, series])
    expect(await keys(`/series/${scaffold.series.slug}/issues`)).toEqual(expect.arrayContaining(['delivery', series, issue]))
    expect(await keys(`/feeds/${scaffold.series.slug}.rss`)).toEqual(['delivery', series])
    expect(await keys(`/search?q=${encodeURIComponent('固态')}`)).toEqual(['delivery', 'lists'])
    expect(await keys('/series')).toEqual(['delivery', 'lists'])
  })

  it('answers preflights with 204, with CORS headers for the partner only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.baseURL}${v1('/series')}`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'GET' } })
    const partner = await preflight(PARTNER)
    expect(partner.status).toBe(204)
    expect(partner.headers.get('access-control-allow-origin')).toBe(PARTNER)
    expect(partner.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS')
    const stranger = await preflight('https://evil.example')
    expect(stranger.status).toBe(204)
    expect([...stranger.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([])
  })

  it('allows the configured partner origin and no other', async () => {
    const partner = await fetch(`${server.baseURL}${v1('/series')}`, { headers: { Origin: PARTNER } })
    expect(partner.headers.get('access-control-allow-origin')).toBe(PARTNER)
    const stranger = await fetch(`${server.baseURL}${v1('/series')}`, { headers: { Origin: 'https://evil.example' } })
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('answers bad parameters with 400 and unknown resources with 404, with a message', async () => {
    const cases: Array<[string, number, RegExp]> = [
      [v1('/series/Bad_Slug/issues'), 400, /slug/],
      [v1(`/series/${scaffold.series.slug}/issues?limit=500`), 400, /limit/],
      [v1(`/series/${scaffold.series.slug}/issues/2026/x`), 400, /number/],
      [v1('/issues/not-an-id'), 400, /not a document ID/],
      [v1('/search'), 400, /search query/],
      [v1('/issues/999999'), 404, /not found/],
      [v1('/series/no-such-series/issues'), 404, /not found/],
      [v1('/nowhere'), 404, /No such endpoint/],
    ]
    for (const [path, status, message] of cases) {
      const response = await api.get(path)
      expect({ path, status: response.status }).toEqual({ path, status })
      expect(response.body.error.message).toMatch(message)
    }
  })

  it('shows an edit of shared data (a section renamed) at once', async () => {
    const path = v1(`/issues/${scaffold.issue.id}`)
    const before = await api.get(path)
    const editorAPI = restClient(server.baseURL, await login(server.baseURL, editorLogin.email, editorLogin.password))
    const renamed = `${scaffold.sections[1].name}（新名）`
    expect((await editorAPI.patch(`/api/sections/${scaffold.sections[1].id}`, { name: renamed })).status).toBe(200)
    const after = await api.get(path)
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
    expect(after.body.sections[1].name).toBe(renamed)
  })

  it('shows a newly published issue at once, and drops a withdrawn one at once', async () => {
    const slug = scaffold.series.slug as string
    const numbers = async () => (await api.get(v1(`/series/${slug}/issues`))).body.docs.map((entry: { number: number }) => entry.number)
    expect(await numbers()).toEqual([1])
    const extra = await context.payload.create({
      collection: 'issues',
      data: { series: scaffold.series.id, year: 2026, number: 4, sections: [{ section: scaffold.sections[0].id }] },
      draft: true,
    })
    const extraItem = await item(extra.id, scaffold.sections[0].id, '第四期稿件', [paragraph(text('第四期正文'))])
    // Through the server's own routes, as the office does it, so the server's cache hears of it.
    const [editorAPI, reviewerAPI, adminAPI] = await Promise.all(
      [editorLogin, reviewerLogin, adminLogin].map(async ({ email, password }) => restClient(server.baseURL, await login(server.baseURL, email, password))),
    )
    await workflow(editorAPI, 'items', extraItem, 'submit')
    await workflow(reviewerAPI, 'items', extraItem, 'approve')
    await workflow(editorAPI, 'issues', extra.id, 'submit')
    await workflow(reviewerAPI, 'issues', extra.id, 'approve')
    expect((await workflow(editorAPI, 'issues', extra.id, 'publish')).status).toBe(200)
    expect(await numbers()).toEqual([4, 1])

    expect((await workflow(adminAPI, 'issues', extra.id, 'withdraw', { reason: '测试撤回' })).status).toBe(200)
    expect(await numbers()).toEqual([1])
    expect((await api.get(v1(`/issues/${extra.id}`))).status).toBe(404)
    expect((await api.get(v1(`/items/${extraItem}`))).status).toBe(404)
  })
})
