import { createScaffold, footnote, paragraph, richText, type Scaffold, text } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { restClient } from '../helpers/rest'
import { signInStaff, type StaffMember, workflow } from '../helpers/staff'
import { type InProcessServer, startInProcessServer } from '../helpers/restClient'

let context: TestPayload
let server: InProcessServer
let staff: Record<'admin' | 'editor' | 'otherEditor' | 'reviewer' | 'editorReviewer', StaffMember>
let scaffold: Scaffold

beforeAll(async () => {
  context = await initPayload('transitions')
  server = await startInProcessServer(context.payload)
  staff = await signInStaff(context.payload, server.baseURL, {
    admin: ['admin'],
    editor: ['editor'],
    otherEditor: ['editor'],
    reviewer: ['reviewer'],
    editorReviewer: ['editor', 'reviewer'],
  })
  scaffold = await createScaffold(context.payload, 2026, 1)
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

async function newItem(by: StaffMember, title: string, section = scaffold.sections[0].id) {
  const { body, status } = await by.client.post('/api/items?draft=true', {
    title,
    issue: scaffold.issue.id,
    section,
    body: richText(paragraph(text(`${title}正文`), footnote(scaffold.references[0].id))),
  })
  expect(status).toBe(201)
  return body.doc as { id: number; workflowState: string }
}

async function stateOf(collection: 'issues' | 'items', id: number) {
  const doc = await context.payload.findByID({ collection, id, draft: true, depth: 0 })
  return doc.workflowState
}

async function auditTrail(id: number, collection: 'issues' | 'items' = 'items') {
  const { docs } = await context.payload.find({
    collection: 'audit-log',
    sort: 'createdAt',
    where: { and: [{ documentCollection: { equals: collection } }, { documentID: { equals: String(id) } }] },
  })
  return docs.map((entry) => `${entry.action}:${entry.fromState ?? ''}→${entry.toState ?? ''}`)
}

describe('an item’s way from draft to approval', () => {
  it('goes draft → in review → changes requested → in review → approved, with the comment kept for the editor', async () => {
    const { editor, reviewer } = staff
    const item = await newItem(editor, '审核流程稿件')
    expect(item.workflowState).toBe('draft')

    const open = await editor.client.get(`/api/items/${item.id}/workflow`)
    expect(open.body.actions.map((action: { action: string }) => action.action)).toEqual(['submit'])

    expect((await workflow(editor.client, 'items', item.id, 'submit')).body.workflowState).toBe('in_review')
    const review = await reviewer.client.get(`/api/items/${item.id}/workflow`)
    expect(review.body.actions.map((action: { action: string }) => action.action)).toEqual(['request_changes', 'approve'])

    const changes = await workflow(reviewer.client, 'items', item.id, 'request_changes', {
      comment: '第二段的数据需要注明来源。',
      quote: '审核流程稿件正文',
    })
    expect(changes.status).toBe(200)
    expect(changes.body.workflowState).toBe('changes_requested')
    const comments = await editor.client.get(`/api/review-comments?where[target.value][equals]=${item.id}`)
    expect(comments.body.docs).toEqual([
      expect.objectContaining({ text: '第二段的数据需要注明来源。', quote: '审核流程稿件正文', resolved: false }),
    ])

    expect((await editor.client.patch(`/api/items/${item.id}?draft=true`, { summary: '已补充来源' })).status).toBe(200)
    expect(await stateOf('items', item.id)).toBe('changes_requested')
    expect((await workflow(editor.client, 'items', item.id, 'submit')).body.workflowState).toBe('in_review')
    const approved = await workflow(reviewer.client, 'items', item.id, 'approve')
    expect(approved.body.workflowState).toBe('approved')
    expect(approved.body.doc.approvedBy).toBe(reviewer.user.id)

    expect(await auditTrail(item.id)).toEqual([
      'submit:draft→in_review',
      'request_changes:in_review→changes_requested',
      'submit:changes_requested→in_review',
      'approve:in_review→approved',
    ])
  })

  it('insists on a comment when changes are requested', async () => {
    const item = await newItem(staff.editor, '缺少意见')
    await workflow(staff.editor.client, 'items', item.id, 'submit')
    const { body, status } = await workflow(staff.reviewer.client, 'items', item.id, 'request_changes', { comment: '  ' }, 'en')
    expect(status).toBe(400)
    expect(body.errors[0].message).toContain('needs a comment')
    expect(await stateOf('items', item.id)).toBe('in_review')
  })

  it('puts an approved item back to draft when its content is edited', async () => {
    const item = await newItem(staff.editor, '通过后修改')
    await workflow(staff.editor.client, 'items', item.id, 'submit')
    await workflow(staff.reviewer.client, 'items', item.id, 'approve')
    await staff.otherEditor.client.patch(`/api/items/${item.id}?draft=true`, { summary: '改了一句' })
    expect(await stateOf('items', item.id)).toBe('draft')
    expect((await auditTrail(item.id)).at(-1)).toBe('edit:approved→draft')
  })
})

describe('who may take which transition', () => {
  it('answers the wrong role with 403 and a message in Chinese, or in English on request', async () => {
    const item = await newItem(staff.editor, '角色检查')
    const byReviewer = await workflow(staff.reviewer.client, 'items', item.id, 'submit')
    expect(byReviewer.status).toBe(403)
    expect(byReviewer.body.errors[0].message).toContain('您的角色无权执行“提交审核”')
    await workflow(staff.editor.client, 'items', item.id, 'submit')
    const byEditor = await workflow(staff.editor.client, 'items', item.id, 'approve', {}, 'en')
    expect(byEditor.status).toBe(403)
    expect(byEditor.body.errors[0].message).toContain('Your role may not “Approve”')
    const anonymous = await workflow(restClient(server.baseURL), 'items', item.id, 'approve')
    expect(anonymous.status).toBe(403)
    expect(await stateOf('items', item.id)).toBe('in_review')
  })

  it('answers the wrong state with 409 and an unknown action with 400', async () => {
    const item = await newItem(staff.editor, '状态检查')
    const early = await workflow(staff.reviewer.client, 'items', item.id, 'approve', {}, 'en')
    expect(early.status).toBe(409)
    expect(early.body.errors[0].message).toBe('This is “Draft”; “Approve” needs it to be “In review”.')
    const unknown = await workflow(staff.editor.client, 'items', item.id, 'teleport', {}, 'en')
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors[0].message).toContain('Actions: submit, request_changes, approve')
  })

  it('lets nobody approve an item they created or last edited (four-eyes rule)', async () => {
    const { editorReviewer, reviewer } = staff
    const own = await newItem(editorReviewer, '自己写的稿件')
    await workflow(editorReviewer.client, 'items', own.id, 'submit')
    // What the workflow offers them is only what will succeed; approval is listed as refused, with why.
    const offered = await editorReviewer.client.get(`/api/items/${own.id}/workflow`, { 'Accept-Language': 'en' })
    expect(offered.body.actions.map((action: { action: string }) => action.action)).toEqual(['request_changes'])
    expect(offered.body.unavailable).toEqual([{ action: 'approve', label: expect.any(Object), reason: expect.stringContaining('four-eyes') }])
    const selfApproval = await workflow(editorReviewer.client, 'items', own.id, 'approve', {}, 'en')
    expect(selfApproval.status).toBe(403)
    expect(selfApproval.body.errors[0].message).toBe(offered.body.unavailable[0].reason)

    const edited = await newItem(staff.editor, '他人修改的稿件')
    await editorReviewer.client.patch(`/api/items/${edited.id}?draft=true`, { summary: '顺手改一下' })
    await workflow(staff.editor.client, 'items', edited.id, 'submit')
    expect((await workflow(editorReviewer.client, 'items', edited.id, 'approve')).status).toBe(403)
    expect((await workflow(reviewer.client, 'items', edited.id, 'approve')).status).toBe(200)
  })

  it('lets nobody approve an item they are credited as writing', async () => {
    const author = await context.payload.create({
      collection: 'authors',
      data: { displayName: '审 稿人', kind: 'person', user: staff.reviewer.user.id },
    })
    const item = await newItem(staff.editor, '审稿人署名的稿件')
    await staff.editor.client.patch(`/api/items/${item.id}?draft=true`, {
      credits: [{ contributor: author.id, role: 'written' }],
    })
    await workflow(staff.editor.client, 'items', item.id, 'submit')
    expect((await workflow(staff.reviewer.client, 'items', item.id, 'approve')).status).toBe(403)
    expect((await workflow(staff.admin.client, 'items', item.id, 'approve')).status).toBe(200)
  })

  it('keeps the four-eyes rule when the credit is unlinked from the writer’s account after submission', async () => {
    const author = await context.payload.create({
      collection: 'authors',
      data: { displayName: '审 稿者', kind: 'person', user: staff.reviewer.user.id },
    })
    const item = await newItem(staff.editor, '提交后解除关联的稿件')
    await staff.editor.client.patch(`/api/items/${item.id}?draft=true`, { credits: [{ contributor: author.id, role: 'compiled' }] })
    await workflow(staff.editor.client, 'items', item.id, 'submit')
    expect((await staff.editor.client.patch(`/api/authors/${author.id}`, { user: null })).status).toBe(200)

    const refused = await workflow(staff.reviewer.client, 'items', item.id, 'approve', {}, 'en')
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toContain('four-eyes')
    // Sent back and resubmitted, it still counts who wrote it.
    await workflow(staff.admin.client, 'items', item.id, 'request_changes', { comment: '请补充来源' })
    await workflow(staff.editor.client, 'items', item.id, 'submit')
    expect((await workflow(staff.reviewer.client, 'items', item.id, 'approve')).status).toBe(403)
    expect((await workflow(staff.admin.client, 'items', item.id, 'approve')).status).toBe(200)
  })

  it('keeps reviewers from editing content and everyone from setting states by hand', async () => {
    const item = await newItem(staff.editor, '手工改状态')
    expect((await staff.reviewer.client.patch(`/api/items/${item.id}?draft=true`, { title: '审稿人改标题' })).status).toBe(403)
    await staff.admin.client.patch(`/api/items/${item.id}?draft=true`, { workflowState: 'approved', approvedBy: staff.admin.user.id })
    expect(await stateOf('items', item.id)).toBe('draft')
    const published = await staff.admin.client.patch(`/api/items/${item.id}`, { _status: 'published' })
    expect(published.status).toBe(409)
    const created = await staff.editor.client.post('/api/items', {
      title: '直接发布',
      issue: scaffold.issue.id,
      section: scaffold.sections[0].id,
      _status: 'published',
    })
    expect(created.status).toBe(409)
    const forged = await staff.editor.client.graphql(
      `mutation ($id: Int!) { updateItem(id: $id, data: { workflowState: approved }, draft: true) { workflowState } }`,
      { id: item.id },
    )
    expect(forged.body.data?.updateItem?.workflowState ?? 'draft').toBe('draft')
    expect(await stateOf('items', item.id)).toBe('draft')
  })
})

describe('an issue’s way to publication', () => {
  it('can be submitted only when every item is in review or approved, and approved only when all are approved', async () => {
    const { payload } = context
    const local = await createScaffold(payload, 2027, 1)
    const makeItem = async (title: string) =>
      (
        await staff.editor.client.post('/api/items?draft=true', {
          title,
          issue: local.issue.id,
          section: local.sections[0].id,
        })
      ).body.doc.id as number
    const first = await makeItem('第一篇')
    const second = await makeItem('第二篇')
    await workflow(staff.editor.client, 'items', first, 'submit')

    const early = await workflow(staff.editor.client, 'issues', local.issue.id, 'submit', {}, 'en')
    expect(early.status).toBe(409)
    expect(early.body.errors[0].message).toContain('“第二篇”（Draft）')

    await workflow(staff.editor.client, 'items', second, 'submit')
    expect((await workflow(staff.editor.client, 'issues', local.issue.id, 'submit')).status).toBe(200)
    await workflow(staff.reviewer.client, 'items', first, 'approve')
    const notYet = await workflow(staff.reviewer.client, 'issues', local.issue.id, 'approve')
    expect(notYet.status).toBe(409)
    expect(notYet.body.errors[0].message).toContain('“第二篇”（审核中）')
    await workflow(staff.reviewer.client, 'items', second, 'approve')
    expect((await workflow(staff.reviewer.client, 'issues', local.issue.id, 'approve')).body.workflowState).toBe('approved')

    expect((await workflow(staff.reviewer.client, 'issues', local.issue.id, 'publish')).status).toBe(403)
    const published = await workflow(staff.editor.client, 'issues', local.issue.id, 'publish')
    expect(published.status).toBe(200)
    expect(published.body.doc).toMatchObject({ _status: 'published', workflowState: 'published' })
    expect(published.body.doc.publicationDate).toEqual(expect.any(String))

    const anonymous = restClient(server.baseURL)
    expect((await anonymous.get(`/api/issues/${local.issue.id}`)).status).toBe(200)
    const items = await anonymous.get(`/api/items?where[issue][equals]=${local.issue.id}`)
    expect(items.body.docs.map((item: { title: string }) => item.title).sort()).toEqual(['第一篇', '第二篇'])
    expect(await auditTrail(local.issue.id, 'issues')).toEqual([
      'submit:planning→in_review',
      'approve:in_review→approved',
      'publish:approved→published',
    ])
  })
})

describe('roles', () => {
  it('are assigned by administrators only, and never to oneself', async () => {
    const own = await staff.admin.client.patch(`/api/users/${staff.admin.user.id}`, { roles: ['admin', 'reviewer'] })
    expect(own.status).toBe(403)
    const byEditor = await staff.editor.client.patch(`/api/users/${staff.editor.user.id}`, { roles: ['admin'] })
    expect(byEditor.status).toBe(403)
    const granted = await staff.admin.client.patch(`/api/users/${staff.otherEditor.user.id}`, { roles: ['editor', 'reviewer'] })
    expect(granted.status).toBe(200)
    expect(granted.body.doc.roles).toEqual(['editor', 'reviewer'])
  })
})
