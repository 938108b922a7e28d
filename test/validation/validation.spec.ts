import { createScaffold, createUser, paragraph, richText, type Scaffold, text } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type JSONResponse, login, restClient } from '../helpers/rest'
import { startTestServer, type TestServer } from '../helpers/testServer'

let context: TestPayload
let server: TestServer
let api: ReturnType<typeof restClient>
let apiInEnglish: (path: string, body: unknown) => Promise<JSONResponse>
let scaffold: Scaffold
let adminToken: string

type ErrorBody = { errors: Array<{ data?: { errors: Array<{ message: string; path: string }> }; message: string }> }

function fieldErrors(body: ErrorBody) {
  return body.errors.flatMap((error) => error.data?.errors ?? [])
}

beforeAll(async () => {
  context = await initPayload('validation')
  const admin = await createUser(context.payload, ['admin'])
  scaffold = await createScaffold(context.payload, 2026, 5)
  server = await startTestServer(context.database)
  adminToken = await login(server.baseURL, admin.email, admin.password)
  api = restClient(server.baseURL, adminToken)
  apiInEnglish = (path, body) => api.post(path, body, { 'Accept-Language': 'en' })
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

async function count(collection: 'issues' | 'items' | 'references'): Promise<number> {
  return (await context.payload.count({ collection })).totalDocs
}

describe('bad input gets a 400 that says what to fix, and nothing is saved', () => {
  it('names each missing required field', async () => {
    const before = await count('items')
    const { body, status } = await apiInEnglish('/api/items', { summary: 'no title, issue or section' })
    expect(status).toBe(400)
    expect(fieldErrors(body).map((error) => error.path).sort()).toEqual(['issue', 'section', 'title'])
    expect(await count('items')).toBe(before)
  })

  it('refuses a URL that is not a web address, in the language asked for', async () => {
    const before = await count('references')
    const english = await apiInEnglish('/api/references', { kind: 'web_news', title: '坏网址', url: 'javascript:alert(1)' })
    expect(english.status).toBe(400)
    expect(fieldErrors(english.body)).toEqual([
      expect.objectContaining({ path: 'url', message: expect.stringContaining('is not a web address') }),
    ])
    const chinese = await api.post('/api/references', { kind: 'web_news', title: '坏网址', url: 'www.example.org' })
    expect(chinese.status).toBe(400)
    expect(fieldErrors(chinese.body)[0].message).toContain('不是有效的网址')
    expect(await count('references')).toBe(before)
  })

  it('refuses a malformed DOI', async () => {
    const before = await count('references')
    const { body, status } = await apiInEnglish('/api/references', {
      kind: 'journal_article',
      title: '坏 DOI',
      doi: '11.abc/not-a-doi',
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([expect.objectContaining({ path: 'doi', message: expect.stringContaining('is not a DOI') })])
    expect(await count('references')).toBe(before)
  })

  it('normalises URLs and DOIs and refuses the same source entered twice', async () => {
    const created = await api.post('/api/references', {
      kind: 'journal_article',
      title: '原始论文',
      doi: 'https://doi.org/10.5555/ABC.123',
      url: 'https://Journal.Example.org/articles/1?utm_source=feed#top',
    })
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ doi: '10.5555/abc.123', url: 'https://journal.example.org/articles/1' })
    const before = await count('references')
    const sameDOI = await apiInEnglish('/api/references', { kind: 'journal_article', title: '重复', doi: 'doi:10.5555/abc.123' })
    expect(sameDOI.status).toBe(400)
    expect(fieldErrors(sameDOI.body)[0]).toMatchObject({
      path: 'doi',
      message: expect.stringContaining(`reference #${created.body.doc.id}`),
    })
    const sameURL = await apiInEnglish('/api/references', {
      kind: 'web_news',
      title: '重复',
      url: 'https://journal.example.org/articles/1#section-2',
    })
    expect(sameURL.status).toBe(400)
    expect(fieldErrors(sameURL.body)[0].path).toBe('url')
    expect(await count('references')).toBe(before)
  })

  it('matches contributors’ names without the invisible characters pasted with them', async () => {
    const { body, status } = await api.post('/api/authors', { displayName: '黄\u200b 健\ufeff', kind: 'person' })
    expect(status).toBe(201)
    expect(body.doc.normalizedName).toBe('黄健')
    const found = await api.get('/api/authors?where[normalizedName][equals]=黄健')
    expect(found.body.docs.map((author: { id: number }) => author.id)).toContain(body.doc.id)
  })

  it('refuses a second issue with the same number in the same series and year', async () => {
    const before = await count('issues')
    const { body, status } = await apiInEnglish('/api/issues', {
      series: scaffold.series.id,
      year: scaffold.issue.year,
      number: scaffold.issue.number,
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([
      expect.objectContaining({ path: 'number', message: expect.stringContaining('already has issue 5 of 2026') }),
    ])
    expect(await count('issues')).toBe(before)
    const nextYear = await api.post('/api/issues', { series: scaffold.series.id, year: 2027, number: 5 })
    expect(nextYear.status).toBe(201)
  })

  it('refuses an item filed under a section its issue does not use', async () => {
    const otherSection = await context.payload.create({ collection: 'sections', data: { name: '未使用栏目' } })
    const before = await count('items')
    const { body, status } = await apiInEnglish('/api/items', {
      title: '放错栏目的稿件',
      issue: scaffold.issue.id,
      section: otherSection.id,
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)).toEqual([
      expect.objectContaining({ path: 'section', message: expect.stringContaining('does not include this section') }),
    ])
    expect(await count('items')).toBe(before)
  })

  it('refuses an issue that lists the same section twice', async () => {
    const section = scaffold.sections[0].id
    const { body, status } = await apiInEnglish('/api/issues', {
      series: scaffold.series.id,
      year: 2028,
      number: 1,
      sections: [{ section }, { section }],
    })
    expect(status).toBe(400)
    expect(fieldErrors(body)[0]).toMatchObject({ path: 'sections.1.section' })
  })
})

describe('malformed requests get a 4xx that says what is wrong, never a 500, and change nothing', () => {
  let draftItem: number
  let bodyBefore: unknown
  const english = { 'Accept-Language': 'en' }

  beforeAll(async () => {
    const item = await context.payload.create({
      collection: 'items',
      data: { title: '格式检查稿', issue: scaffold.issue.id, section: scaffold.sections[0].id, body: richText(paragraph(text('原文'))) },
      draft: true,
    })
    draftItem = item.id
    bodyBefore = item.body
  })

  async function saveDraft(data: unknown) {
    return api.patch(`/api/items/${draftItem}?draft=true`, data)
  }
  async function expectBodyUnchanged() {
    const item = await context.payload.findByID({ collection: 'items', depth: 0, draft: true, id: draftItem })
    expect(item.body).toEqual(bodyBefore)
  }
  const link = (url: string) => richText(paragraph({ type: 'link', version: 3, fields: { linkType: 'custom', url }, children: [text('点此')] }))

  it.each([
    ['an id that cannot exist', '/api/items/abc', 404],
    ['a where parameter that is not JSON', '/api/items?where=notjson', 400],
    ['a relationship compared with a non-id', '/api/items?where[issue][equals]=abc', 400],
    ['a relationship further along compared with a non-id', '/api/items?where[issue.series][in]=1,abc', 400],
    ['a date compared with a non-date', '/api/items?where[createdAt][greater_than]=notadate', 400],
    ['a number compared with a non-number', '/api/items?where[position][equals]=abc', 400],
    ['a place operator on a text', '/api/items?where[title][near]=1,2', 400],
    ['versions filtered by a parent that is no id', '/api/items/versions?where[parent][equals]=abc', 400],
    ['versions filtered on a version field with a non-id', '/api/items/versions?where[version.issue][equals]=zz', 400],
    ['an operator the database lacks', '/api/items?where[id][all]=1,2', 400],
    ['an object where one value is due', '/api/items?where[title][equals][a]=1', 400],
    ['a list where one value is due', '/api/items?where[title][greater_than][0]=1', 400],
    ['a text search on a relationship', '/api/items?where[issue][like]=x', 400],
    ['a text search on a date', '/api/items?where[createdAt][contains]=x', 400],
    ['a text search with a list', '/api/items?where[title][like][0]=1', 400],
    ['a path into a rich text', '/api/items?where[body.root][equals]=1', 400],
    ['a limit given twice', '/api/issues?limit=1&limit=2', 400],
  ])('answers %s (%s) with %d', async (_label, path, status) => {
    const response = await api.get(path, english)
    expect(response.status).toBe(status)
    expect(response.body.errors[0].message).toEqual(expect.any(String))
  })

  it('answers a GraphQL body that is not JSON with 400', async () => {
    const response = await fetch(`${server.baseURL}/api/graphql`, { body: '{ "query": ', headers: { 'Content-Type': 'application/json' }, method: 'POST' })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/JSON/)
  })

  it.each([
    ['a form-encoded body', 'POST', '/api/items', 'application/x-www-form-urlencoded', 'a=1', /Send the request body as JSON/],
    ['a plain-text body', 'PATCH', '/api/items/1', 'text/plain', 'a=1', /Send the request body as JSON/],
    ['a body without a type', 'POST', '/api/references', '', '{}', /Send the request body as JSON/],
    ['a multipart body that does not parse', 'POST', '/api/users/login', 'multipart/form-data', 'xx', /could not be read/],
    ['a multipart body cut short', 'POST', '/api/media', 'multipart/form-data; boundary=X', '--X\r\ngarbage', /could not be read/],
    ['GraphQL fragments in a cycle', 'POST', '/api/graphql', 'application/json', JSON.stringify({ query: 'fragment A on Item { ...B } fragment B on Item { ...A } { Items { docs { ...A } } }' }), /in a cycle/],
  ])('answers %s with 400 and what to send', async (_label, method, path, type, body, message) => {
    const before = await count('items')
    const response = await fetch(`${server.baseURL}${path}`, { body, headers: { 'Accept-Language': 'en', Authorization: `JWT ${adminToken}`, ...(type ? { 'Content-Type': type } : {}) }, method })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(message)
    expect(await count('items')).toBe(before)
  })

  it('reads a list asked for by POST with its query in a form-encoded body, as the admin asks for long ones, and checks that query', async () => {
    const ask = (query: string) =>
      fetch(`${server.baseURL}/api/issues`, { body: query, headers: { 'Accept-Language': 'en', Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/x-www-form-urlencoded', 'X-Payload-HTTP-Method-Override': 'GET' }, method: 'POST' })
    const listed = await ask(`depth=0&limit=5&where[id][equals]=${scaffold.issue.id}`)
    expect(listed.status).toBe(200)
    expect((await listed.json()).docs.map((issue: { id: number }) => issue.id)).toEqual([scaffold.issue.id])
    const twice = await ask('limit=1&limit=2')
    expect(twice.status).toBe(400)
    expect((await twice.json()).errors[0].message).toMatch(/given more than once/)
  })

  it('answers a collection without routes with 404, naming no internal address', async () => {
    for (const client of [api, restClient(server.baseURL)]) {
      const response = await client.get('/api/payload-migrations', english)
      expect(response.status).toBe(404)
      expect(response.body).toEqual({ errors: [{ message: 'This API has no such route.' }] })
    }
  })

  it('answers e-mail verification, which accounts here do not use, with 404', async () => {
    const response = await fetch(`${server.baseURL}/api/users/verify/abc`, { headers: { 'Accept-Language': 'en' }, method: 'POST' })
    expect(response.status).toBe(404)
    expect((await response.json()).errors[0].message).toMatch(/not confirmed by e-mail/)
  })

  it.each([
    ['a MongoDB id on SQLite', '/delivery/v1/items/aaaaaaaaaaaaaaaaaaaaaaaa', 404, 'Not found.'],
    ['an id too long to be one', `/delivery/v1/issues/${'1'.repeat(400)}/full`, 400, expect.stringMatching(/is not a document ID/)],
    ['a URL that does not decode', '/delivery/v1/issues/%zz', 400, expect.stringMatching(/percent-encoding/)],
  ])('answers the delivery API %s with %d', async (_label, path, status, message) => {
    const response = await fetch(`${server.baseURL}${path}`)
    expect(response.status).toBe(status)
    expect((await response.json()).error).toEqual({ status, message })
  })

  it.each([
    ['an object for a text', { title: { a: 1 } }, 'title', 'This must be a text.'],
    ['a word for a number', { position: 'abc' }, 'position', 'This must be a number.'],
    ['a word for a list of keywords', { keywords: 'abc' }, 'keywords', 'This must be a list.'],
    ['a list for one issue', { issue: [1, 2] }, 'issue', 'This must be a document id.'],
    ['ten thousand keywords', { keywords: Array.from({ length: 10_000 }, (_, index) => `词${index}`) }, 'keywords', expect.stringMatching(/50/)],
    ['a date that is none', { createdAt: 'garbage' }, 'createdAt', 'This must be a date (2026-03-01 or 2026-03-01T08:00:00Z).'],
    ['an object for a web address', { publishedIn: { url: { a: 1 } } }, 'publishedIn.url', 'This must be a text.'],
    ['a credit of a contributor that does not exist', { credits: [{ contributor: 987654, role: 'compiled' }] }, 'credits.0.contributor', 'This names #987654, which does not exist.'],
    ['an image that does not exist', { body: { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'upload', version: 3, relationTo: 'media', value: 987654, fields: {} }] } } }, 'body', 'This names #987654, which does not exist.'],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_label, data, path, message) => {
    const response = await api.patch(`/api/items/${draftItem}?draft=true`, data, english)
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([expect.objectContaining({ path, message })])
    await expectBodyUnchanged()
    expect((await context.payload.findByID({ collection: 'items', depth: 0, draft: true, id: draftItem })).title).toBe('格式检查稿')
  })

  it('refuses a body nested deeper than any document, and a comment or a webhook given objects for texts', async () => {
    const deep = `{"title":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`
    const response = await fetch(`${server.baseURL}/api/items/${draftItem}?draft=true`, { body: deep, headers: { 'Accept-Language': 'en', Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json' }, method: 'PATCH' })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toBe('The request body nests deeper than 500 levels.')
    const comment = await api.post('/api/review-comments', { target: { relationTo: 'items', value: draftItem }, text: { a: 1 } }, english)
    expect([comment.status, fieldErrors(comment.body)]).toEqual([400, [{ path: 'text', message: 'This must be a text.' }]])
    const webhook = await api.post('/api/webhooks', { name: 'w', url: { a: 1 }, events: ['issue.published'] }, english)
    expect([webhook.status, fieldErrors(webhook.body)]).toEqual([400, [{ path: 'url', message: 'This must be a text.' }]])
  })

  it('refuses a JSON body that is not an object', async () => {
    const { body, status } = await api.post('/api/references', [{ title: '数组' }], english)
    expect(status).toBe(400)
    expect(body.errors[0].message).toBe('The request body must be a JSON object.')
  })

  it.each([
    ['a plain string', '正文只是字符串', 'This is not an editor document'],
    ['children that are a string', { root: { type: 'root', children: 'nope' } }, 'This is not an editor document'],
    ['an unknown node type', richText({ type: 'script', version: 1, children: [] }), 'unknown node type “script”'],
    ['a javascript: link', link('javascript:alert(1)'), 'not a web, mail or phone address'],
    ['a javascript: link hidden by a tab', link('java\tscript:alert(1)'), 'not a web, mail or phone address'],
    ['a footnote block of an unknown kind', richText(paragraph({ type: 'inlineBlock', version: 1, fields: { blockType: 'iframe' } })), 'unknown kind “iframe”'],
    ['a table without rows', richText({ type: 'table', version: 1, children: [] }), 'is a “table” with nothing in it'],
    ['a table cell without children', richText({ type: 'table', version: 1, children: [{ type: 'tablerow', version: 1, children: [{ type: 'tablecell', version: 1 }] }] }), '“children” that are not a list'],
    ['a table row outside a table', richText({ type: 'tablerow', version: 1, children: [] }), 'is a “tablerow”, which cannot stand in a “root”'],
    ['a paragraph inside a paragraph', richText(paragraph(paragraph(text('套娃')))), 'is a “paragraph”, which cannot stand in a “paragraph”'],
    ['bare text at the top', richText(text('裸文本')), 'is a “text”, which cannot stand in a “root”'],
  ])('refuses a draft body with %s, naming the field', async (_label, body, message) => {
    const response = await api.patch(`/api/items/${draftItem}?draft=true`, { body }, english)
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)).toEqual([expect.objectContaining({ path: 'body', message: expect.stringContaining(message) })])
    await expectBodyUnchanged()
  })

  it('keeps web, mail and relative links', async () => {
    for (const url of ['https://www.example.org/a', 'mailto:office@example.org', '/delivery/v1/series']) {
      expect((await saveDraft({ body: link(url) })).status).toBe(200)
    }
    expect((await saveDraft({ body: bodyBefore })).status).toBe(200)
  })

  it('refuses a credit that names no contributor, in a draft too', async () => {
    const response = await api.patch(`/api/items/${draftItem}?draft=true`, { credits: [{ contributor: 'abc', role: 'compiled' }] }, english)
    expect(response.status).toBe(400)
    expect(fieldErrors(response.body)[0].path).toBe('credits.0.contributor')
  })

  it('names the allowed values when a choice gets another, in the language asked for', async () => {
    const author = await context.payload.create({ collection: 'authors', data: { displayName: '黄 健', kind: 'person' } })
    const role = await api.patch(`/api/items/${draftItem}?draft=true`, { credits: [{ contributor: author.id, role: 'author' }] }, english)
    expect(role.status).toBe(400)
    expect(fieldErrors(role.body)).toEqual([
      { label: expect.any(String), message: '"author" is not an allowed value. Allowed: compiled, written, translated, reviewed, source.', path: 'credits.0.role' },
    ])
    const before = await count('references')
    const kind = await api.post('/api/references', { kind: 'blog', title: '未知类型' })
    expect(kind.status).toBe(400)
    expect(fieldErrors(kind.body)[0]).toMatchObject({ path: 'kind', message: expect.stringMatching(/^“blog”不是可选的值。可选值：web_news、journal_article、/) })
    expect(await count('references')).toBe(before)
  })

  it('refuses a body larger than the API takes before reading it (413), and one of undeclared size (411)', async () => {
    const huge = JSON.stringify({ title: '大', summary: '字'.repeat(1_100_000) })
    const tooLarge = await fetch(`${server.baseURL}/api/references`, { body: huge, headers: { 'Content-Type': 'application/json', ...english }, method: 'POST' })
    expect(tooLarge.status).toBe(413)
    expect((await tooLarge.json()).errors[0].message).toMatch(/The request body is 3\.\d MB; this API takes at most 2 MB/)

    const chunks = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"title":"流"}'))
        controller.close()
      },
    })
    const undeclared = await fetch(`${server.baseURL}/api/references`, {
      body: chunks,
      duplex: 'half',
      headers: { 'Content-Type': 'application/json', ...english },
      method: 'POST',
    } as RequestInit)
    expect(undeclared.status).toBe(411)
  })
})
