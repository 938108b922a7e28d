import { readFileSync } from 'node:fs'

import { initPayload, type TestPayload } from '../helpers/initPayload'
import { restClient } from '../helpers/rest'
import { signInStaff, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { REFERENCE_BULLETIN } from '../helpers/referenceBulletin'

let context: TestPayload
let server: TestServer
let staff: Record<'admin' | 'editor' | 'reviewer', StaffMember>

function form(fields: Record<string, unknown>, file?: { name: string; bytes: Uint8Array }): FormData {
  const body = new FormData()
  if (file) body.append('file', new Blob([Buffer.from(file.bytes)]), file.name)
  body.append('_payload', JSON.stringify(fields))
  return body
}

const reference = () => ({ name: 'bulletin-2023-01.txt', bytes: readFileSync(REFERENCE_BULLETIN) })
const issueCount = async () => (await context.payload.count({ collection: 'issues' })).totalDocs

beforeAll(async () => {
  context = await initPayload('import-endpoint')
  server = await startTestServer(context.database)
  staff = await signInStaff(context.payload, server.baseURL, { admin: ['admin'], editor: ['editor'], reviewer: ['reviewer'] })
  await context.payload.create({
    collection: 'series',
    data: { title: '材料动态', slug: 'materials', publisherInstitute: '某研究所', frequency: 'monthly', issueLabelStyle: 'bracket' },
  })
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

describe('POST /api/issues/import', () => {
  it('is for editors and administrators: 401 anonymous, 403 for a reviewer, nothing written', async () => {
    const fields = { series: 'materials', year: 2023, number: 1, confirm: true }
    const anonymous = await restClient(server.baseURL).post('/api/issues/import', form(fields, reference()))
    expect(anonymous.status).toBe(401)
    const reviewer = await staff.reviewer.client.post('/api/issues/import', form(fields, reference()), { 'Accept-Language': 'en' })
    expect(reviewer.status).toBe(403)
    expect(reviewer.body.errors[0].message).toBe('Importing issues is for editors and administrators.')
    expect(await issueCount()).toBe(0)
  })

  it('answers bad input with a 400 saying what is wrong', async () => {
    const fields = { series: 'materials', year: 2023, number: 1 }
    const cases: Array<[FormData, string]> = [
      [form(fields), '请选择要导入的期刊文件。'],
      [form({ ...fields, series: 'unknown' }, reference()), '没有刊物系列“unknown”'],
      [form(fields, { name: 'scan.pdf', bytes: new TextEncoder().encode('not a pdf at all') }), '无法读取'],
      [form(fields, { name: 'notes.odt', bytes: new Uint8Array([1, 2, 3]) }), '无法导入“notes.odt”'],
    ]
    for (const [body, message] of cases) {
      const answer = await staff.editor.client.post('/api/issues/import', body)
      expect({ status: answer.status, message: answer.body.errors?.[0]?.message }).toEqual({ status: 400, message: expect.stringContaining(message) })
    }
    expect(await issueCount()).toBe(0)
  })

  it('previews the recognised structure without writing, then creates the draft and links to it', async () => {
    const fields = { series: 'materials', year: 2023, number: 1 }
    const preview = await staff.editor.client.post('/api/issues/import', form(fields, reference()))
    expect(preview.status).toBe(200)
    const { outline } = preview.body
    expect(outline.sections.map((section: { name: string }) => section.name)).toEqual(['深度分析', '国际观察', '项目资助', '研究动态', '两会专题'])
    expect(outline.items).toBe(outline.sections.reduce((sum: number, section: { items: unknown[] }) => sum + section.items.length, 0))
    expect(outline.masthead).toMatchObject({ year: 2023, number: 1 })
    expect(outline.existing).toBeNull()
    expect(await issueCount()).toBe(0)

    const created = await staff.editor.client.post('/api/issues/import', form({ ...fields, confirm: true }, reference()))
    expect(created.status).toBe(201)
    const { summary } = created.body
    expect(summary).toMatchObject({ items: outline.items, footnotes: outline.footnotes, issue: { workflowState: 'planning' } })
    expect(summary.issue.adminPath).toBe(`/admin/collections/issues/${summary.issue.id}`)
    const issue = await staff.editor.client.get(`/api/issues/${summary.issue.id}?draft=true&depth=0`)
    expect(issue.body).toMatchObject({ year: 2023, number: 1, _status: 'draft' })

    // The same file again: the preview names the issue in the way, and creating stops with 409.
    const again = await staff.editor.client.post('/api/issues/import', form(fields, reference()))
    expect(again.body.outline.existing).toMatchObject({ id: summary.issue.id })
    const refused = await staff.editor.client.post('/api/issues/import', form({ ...fields, confirm: true }, reference()))
    expect(refused.status).toBe(409)
    expect(await issueCount()).toBe(1)
  })

  it('brings a back issue in published for an administrator, and the delivery API shows it', async () => {
    const fields = { series: 'materials', year: 2023, number: 2, date: '2023-03-14', published: true, confirm: true }
    const editor = await staff.editor.client.post('/api/issues/import', form(fields, reference()))
    expect(editor.status).toBe(403)

    const admin = await staff.admin.client.post('/api/issues/import', form(fields, reference()))
    expect(admin.status).toBe(201)
    expect(admin.body.summary.issue.workflowState).toBe('published')
    const delivered = await restClient(server.baseURL).get(`/delivery/v1/issues/${admin.body.summary.issue.id}`)
    expect(delivered.status).toBe(200)
    const titles = delivered.body.sections.flatMap((section: { items: { title: string }[] }) => section.items.map((item) => item.title))
    expect(titles).toHaveLength(admin.body.summary.items)
  })
})
