import { createScaffold, createUser, type Scaffold } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type JSONResponse, login, restClient } from '../helpers/rest'
import { startTestServer, type TestServer } from '../helpers/testServer'

let context: TestPayload
let server: TestServer
let api: ReturnType<typeof restClient>
let apiInEnglish: (path: string, body: unknown) => Promise<JSONResponse>
let scaffold: Scaffold

type ErrorBody = { errors: Array<{ data?: { errors: Array<{ message: string; path: string }> }; message: string }> }

function fieldErrors(body: ErrorBody) {
  return body.errors.flatMap((error) => error.data?.errors ?? [])
}

beforeAll(async () => {
  context = await initPayload('validation')
  const admin = await createUser(context.payload, ['admin'])
  scaffold = await createScaffold(context.payload, 2026, 5)
  server = await startTestServer(context.database)
  const token = await login(server.baseURL, admin.email, admin.password)
  api = restClient(server.baseURL, token)
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
