import { demoAccount } from '../helpers/demoAdmin'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { login, restClient } from '../helpers/rest'
import { startTestServer, type TestServer } from '../helpers/testServer'

/** Payload's REST API, read without a session: bounded per request, so that it cannot crowd out /delivery. */
let context: TestPayload
let server: TestServer
let editorToken: string

beforeAll(async () => {
  context = await initPayload('anonymous-queries', { content: 'demo' })
  server = await startTestServer(context.database, { JOBS_AUTORUN: 'false' })
  const { email, password } = demoAccount('EDITOR')
  editorToken = await login(server.baseURL, email, password)
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

const isDocument = (value: unknown) => typeof value === 'object' && value !== null

describe('anonymous reads of /api', () => {
  it('populate relationships one level deep at most, asked for more or not asked', async () => {
    for (const path of ['/api/items?where[_status][equals]=published', '/api/items?where[_status][equals]=published&depth=5']) {
      const { body, status } = await restClient(server.baseURL).get(path)
      expect(status).toBe(200)
      expect(body.docs.length).toBeGreaterThan(0)
      for (const item of body.docs) {
        expect(isDocument(item.issue)).toBe(true)
        // Depth 2 would have populated the issue's series too.
        expect(isDocument(item.issue.series)).toBe(false)
      }
    }
    const flat = await restClient(server.baseURL).get('/api/items?where[_status][equals]=published&depth=0')
    expect(isDocument(flat.body.docs[0].issue)).toBe(false)
  })

  it('get at most 50 documents a page, and always a page', async () => {
    for (const query of ['limit=500', 'limit=0', 'pagination=false', 'limit=500&pagination=false']) {
      const { body, status } = await restClient(server.baseURL).get(`/api/authors?${query}`)
      expect(status).toBe(200)
      expect(body.limit).toBeLessThanOrEqual(50)
      expect(body).toHaveProperty('totalPages')
    }
    expect((await restClient(server.baseURL).get('/api/authors?limit=2')).body.limit).toBe(2)
  })

  it('leave signed-in staff as Payload answers them', async () => {
    const staff = restClient(server.baseURL, editorToken)
    const deep = await staff.get('/api/items?where[_status][equals]=published&depth=2')
    expect(isDocument(deep.body.docs[0].issue.series)).toBe(true)
    const all = await staff.get('/api/authors?pagination=false')
    expect(all.body.docs.length).toBe(all.body.totalDocs)
    expect((await staff.get('/api/authors?limit=500')).body.limit).toBe(500)
  })
})
