import { createScaffold, createUser, footnote, paragraph, richText, text } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { login } from '../helpers/rest'
import { startTestServer, type TestServer } from '../helpers/testServer'

let context: TestPayload
let server: TestServer
let token: string
let issueID: number
let itemID: number

beforeAll(async () => {
  context = await initPayload('preview')
  const { payload } = context
  await createUser(payload, ['admin'])
  const editor = await createUser(payload, ['editor'])
  const scaffold = await createScaffold(payload, 2026, 1)
  issueID = scaffold.issue.id
  for (const [index, title] of ['未发布的第一篇', '未发布的第二篇'].entries()) {
    const item = await payload.create({
      collection: 'items',
      data: {
        title,
        issue: issueID,
        section: scaffold.sections[index].id,
        body: richText(paragraph(text(`${title}正文`), footnote(scaffold.references[index].id))),
      },
      draft: true,
    })
    itemID = item.id
  }
  server = await startTestServer(context.database)
  token = await login(server.baseURL, editor.email, editor.password)
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

const page = async (path: string, signedIn: boolean) =>
  (await fetch(`${server.baseURL}${path}`, { headers: signedIn ? { Authorization: `JWT ${token}` } : {} })).text()

describe('live preview', () => {
  it('shows staff the drafts of an issue as downstream sites will render them, footnotes numbered across the issue', async () => {
    const html = await page(`/preview/issues/${issueID}`, true)
    expect(html).toContain('未发布的第一篇正文')
    expect(html).toContain('未发布的第二篇正文')
    const markers = [...html.matchAll(/href="#fn-(\d+)"/g)].map((match) => match[1])
    expect(markers).toEqual(['1', '2'])
  })

  it('previews an item within its issue, marked', async () => {
    const html = await page(`/preview/items/${itemID}`, true)
    expect(html).toMatch(new RegExp(`class="item focused" id="item-${itemID}"`))
  })

  it('ends each item and the issue with the GB/T 7714 citation line a reader would copy', async () => {
    const html = await page(`/preview/issues/${issueID}`, true)
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
    const series = (await context.payload.findByID({ collection: 'issues', id: issueID, depth: 1, draft: true })).series as { title: string }
    expect(html).toContain(`<p class="citation">引用本文：未发布的第二篇[J/OL]. ${series.title}, 2026(1)[${today}]. ${server.baseURL}/delivery/v1/items/${itemID}.</p>`)
    expect(html).toContain(`<footer class="issue-citation"><p>引用本期：${series.title}[J/OL]. 2026(1). 测试研究所, 2026[${today}]. ${server.baseURL}/delivery/v1/issues/${issueID}.</p></footer>`)
  })

  it.each(['abc', '-1', '1.5', '99999999999999999999', 'aaaaaaaaaaaaaaaaaaaaaaaa'])('says an id that names nothing (%s) is not found', async (id) => {
    for (const collection of ['items', 'issues']) {
      const response = await fetch(`${server.baseURL}/preview/${collection}/${id}`, { headers: { Authorization: `JWT ${token}` } })
      expect([collection, response.status]).toEqual([collection, 200])
      expect(await response.text()).toContain('Not found.')
    }
  })

  it('shows nothing to anyone not signed in as staff', async () => {
    const html = await page(`/preview/issues/${issueID}`, false)
    expect(html).toContain('请先登录后台')
    expect(html).not.toContain('未发布的第一篇正文')
  })
})
