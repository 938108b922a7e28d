import { createScaffold, type Scaffold } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type InProcessServer, startInProcessServer } from '../helpers/restClient'
import { signInStaff, type StaffMember, workflow } from '../helpers/staff'

type Version = { version: { workflowEvent: null | string; workflowEventBy: null | number; workflowState: string; _status: string } }

let context: TestPayload
let server: InProcessServer
let staff: Record<'editor' | 'reviewer', StaffMember>
let scaffold: Scaffold

beforeAll(async () => {
  context = await initPayload('version-events')
  server = await startInProcessServer(context.payload)
  staff = await signInStaff(context.payload, server.baseURL, { editor: ['editor'], reviewer: ['reviewer'] })
  scaffold = await createScaffold(context.payload, 2026, 7)
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

const versionsOf = async (collection: 'issues' | 'items', id: number) =>
  (await staff.reviewer.client.get<{ docs: Version[] }>(`/api/${collection}/versions?depth=0&sort=-updatedAt&limit=50&where[parent][equals]=${id}`)).body.docs.map(
    ({ version }) => [version.workflowEvent, version.workflowEventBy, version.workflowState],
  )

describe('versions name the workflow event that made them', () => {
  it('stamps each transition’s version with its action and who took it, and a person’s save with none', async () => {
    const { editor, reviewer } = { editor: staff.editor.user.id, reviewer: staff.reviewer.user.id }
    const created = await staff.editor.client.post('/api/items?draft=true', { title: '版本事件测试稿', issue: scaffold.issue.id, section: scaffold.sections[0].id })
    const id = created.body.doc.id as number
    await workflow(staff.editor.client, 'items', id, 'submit')
    await workflow(staff.reviewer.client, 'items', id, 'request_changes', { comment: '请补充摘要。' })
    await staff.editor.client.patch(`/api/items/${id}?draft=true`, { summary: '已补充摘要。' })
    await workflow(staff.editor.client, 'items', id, 'submit')
    await workflow(staff.reviewer.client, 'items', id, 'approve')
    // An edit of approved work is saved, then reopens it: two versions.
    await staff.editor.client.patch(`/api/items/${id}?draft=true`, { summary: '批准后又改了摘要。' })

    expect(await versionsOf('items', id)).toEqual([
      ['edit', editor, 'draft'],
      [null, null, 'approved'],
      ['approve', reviewer, 'approved'],
      ['submit', editor, 'in_review'],
      [null, null, 'changes_requested'],
      ['request_changes', reviewer, 'changes_requested'],
      ['submit', editor, 'in_review'],
      [null, null, 'draft'],
    ])
  })

  it('stamps the items an issue’s publication publishes with that publication', async () => {
    const created = await staff.editor.client.post('/api/items?draft=true', { title: '随期发布的稿件', issue: scaffold.issue.id, section: scaffold.sections[0].id })
    const id = created.body.doc.id as number
    await workflow(staff.editor.client, 'items', id, 'submit')
    await workflow(staff.reviewer.client, 'items', id, 'approve')
    const { docs: others } = await context.payload.find({ collection: 'items', depth: 0, draft: true, pagination: false, where: { and: [{ issue: { equals: scaffold.issue.id } }, { id: { not_equals: id } }] } })
    for (const other of others) await context.payload.delete({ collection: 'items', id: other.id })
    await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'submit')
    await workflow(staff.reviewer.client, 'issues', scaffold.issue.id, 'approve')
    expect((await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'publish')).status).toBe(200)

    expect((await versionsOf('items', id))[0]).toEqual(['publish', staff.editor.user.id, 'published'])
    expect((await versionsOf('issues', scaffold.issue.id as number))[0]).toEqual(['publish', staff.editor.user.id, 'published'])
  })

  it('keeps anyone from setting the event by hand', async () => {
    const created = await staff.editor.client.post('/api/items?draft=true', { title: '手写事件', issue: scaffold.issue.id, section: scaffold.sections[0].id, workflowEvent: 'approve', workflowEventBy: staff.reviewer.user.id })
    const id = created.body.doc.id as number
    await staff.editor.client.patch(`/api/items/${id}?draft=true`, { workflowEvent: 'publish' })
    expect(await versionsOf('items', id)).toEqual([
      [null, null, 'draft'],
      [null, null, 'draft'],
    ])
  })
})
