import { demoAccount } from '../helpers/demoAdmin'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { login } from '../helpers/rest'
import { startTestServer, type TestServer } from '../helpers/testServer'

let context: TestPayload
let server: TestServer
let token: string

beforeAll(async () => {
  context = await initPayload('credits-view', { content: 'demo' })
  server = await startTestServer(context.database)
  const editor = demoAccount('EDITOR')
  token = await login(server.baseURL, editor.email, editor.password)
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

describe('the 贡献统计 admin view', () => {
  it('shows staff the year’s credited published items per contributor, by role, with totals and the CSV link', async () => {
    const response = await fetch(`${server.baseURL}/admin/credit-stats?period=year&from=2026-01-01`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('贡献统计')
    for (const heading of ['署名人', '编译', '审校', '来源媒体', '合计']) expect(html).toContain(heading)
    expect(html).toContain('科技晨报')
    expect(html).toContain('/api/authors/credit-stats.csv?period=year&amp;from=2026-01-01&amp;to=2026-12-31')
    // Series are picked by their title, sent as their slug.
    expect(html).toContain('<option value="energy-materials-bulletin">能源材料动态</option>')
  })

  it('explains a bad period instead of failing', async () => {
    const response = await fetch(`${server.baseURL}/admin/credit-stats?period=decade`, { headers: { Authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('credit-stats__error')
    // The form stays, to correct the filter in place.
    expect(html).toContain('credit-stats__filters')
  })
})
