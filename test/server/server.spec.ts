import { restClient } from '../helpers/rest'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { startTestServer, type TestServer } from '../helpers/testServer'

let database: TestDatabase
let server: TestServer

beforeAll(async () => {
  database = await createTestDatabase('server')
  server = await startTestServer(database)
})
afterAll(async () => {
  await server?.stop()
  await database?.drop()
})

describe('the express host in production mode', () => {
  it('prepares an empty database on start and reports it reachable on /healthz', async () => {
    const { body, status } = await restClient(server.baseURL).get('/healthz')
    expect(status).toBe(200)
    expect(body).toMatchObject({
      status: 'ok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: { adapter: database.kind === 'sqlite' ? 'sqlite' : 'mongoose', reachable: true, transactions: true },
    })
    expect(body).not.toHaveProperty('warnings')
    const sections = await restClient(server.baseURL).get('/api/sections')
    expect(sections.status).toBe(200)
    expect(sections.body.totalDocs).toBe(0)
  })

  it('serves the admin in Chinese by default', async () => {
    const response = await fetch(`${server.baseURL}/admin/login`, { headers: { 'Accept-Language': 'en-US' } })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('lang="zh"')
    expect(html).toContain('登录')
    expect(response.headers.get('set-cookie')).toContain('payload-lng=zh')
  })

  it('serves the admin in English when English was chosen', async () => {
    const response = await fetch(`${server.baseURL}/admin/login`, { headers: { Cookie: 'payload-lng=en' } })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('lang="en"')
    expect(html).toContain('Login')
  })

  it('hands /api/graphql to Payload', async () => {
    const { body, status } = await restClient(server.baseURL).graphql('{ Sections { totalDocs } }')
    expect(status).toBe(200)
    expect(body.data.Sections.totalDocs).toBe(0)
  })

  it('answers unknown API routes with 404', async () => {
    const { status } = await restClient(server.baseURL).get('/api/no-such-collection')
    expect(status).toBe(404)
  })

  it('says at start and on /healthz when MongoDB has no transactions (not a replica set)', async () => {
    const standalone = await createTestDatabase('server-standalone-mongo', 'mongodb-emulator')
    const mongoServer = await startTestServer(standalone)
    try {
      // The emulator can take a while to answer its first queries under the full suite's load.
      let health = await restClient(mongoServer.baseURL).get('/healthz')
      for (let attempt = 0; health.status === 503 && attempt < 20; attempt++) health = await restClient(mongoServer.baseURL).get('/healthz')
      const { body, status } = health
      expect(status).toBe(200)
      expect(body.database).toMatchObject({ adapter: 'mongoose', reachable: true, transactions: false })
      expect(body.warnings).toEqual([expect.stringContaining('not running as a replica set')])
      expect(mongoServer.output()).toContain('not running as a replica set')
    } finally {
      await mongoServer.stop()
      await standalone.drop()
    }
  })

  it('stops cleanly on SIGTERM', async () => {
    await expect(server.stop()).resolves.toBe(0)
  })
})
