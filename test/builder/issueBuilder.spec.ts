import { createScaffold, footnote, paragraph, richText, type Scaffold, text } from '../helpers/fixtures'
import { chartPNG, pngFile } from '../helpers/images'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { restClient } from '../helpers/rest'
import { signInStaff, type StaffMember, workflow } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { publishThroughWorkflow } from '../helpers/workflow'

let context: TestPayload
let server: TestServer
let staff: Record<'admin' | 'editor' | 'reviewer', StaffMember>
let anonymous: ReturnType<typeof restClient>
let issueNumber = 0

beforeAll(async () => {
  context = await initPayload('issue-builder')
  server = await startTestServer(context.database)
  staff = await signInStaff(context.payload, server.baseURL, { admin: ['admin'], editor: ['editor'], reviewer: ['reviewer'] })
  anonymous = restClient(server.baseURL)
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

type Outline = {
  label: string
  missing: {
    emptySections: Array<{ id: number; name: string }>
    figuresWithoutCaption: Array<{ filename: string; id: number; items: string[] }>
    itemsNotApproved: Array<{ id: number; title: string; workflowState: string }>
    referencesWithoutURL: Array<{ id: number; items: string[]; title: string }>
  }
  sections: Array<{ id: number; items: Array<{ id: number; position: number; title: string; workflowState: string }>; name: string }>
  workflowState: string
}

async function addItem(scaffold: Scaffold, section: 0 | 1, title: string, body = richText(paragraph(text(title)))) {
  const { body: created, status } = await staff.editor.client.post('/api/items?draft=true', {
    body,
    issue: scaffold.issue.id,
    section: scaffold.sections[section].id,
    title,
  })
  if (status !== 201) throw new Error(`Creating “${title}” failed with ${status}: ${JSON.stringify(created)}`)
  return created.doc.id as number
}

async function approveItem(id: number) {
  expect((await workflow(staff.editor.client, 'items', id, 'submit')).status).toBe(200)
  expect((await workflow(staff.reviewer.client, 'items', id, 'approve')).status).toBe(200)
}

/** An issue with three approved items: two in the first section, one in the second. */
async function issueWithThreeItems() {
  const scaffold = await createScaffold(context.payload, 2031, ++issueNumber)
  const ids = { a: await addItem(scaffold, 0, '甲'), b: await addItem(scaffold, 0, '乙'), c: await addItem(scaffold, 1, '丙') }
  for (const id of Object.values(ids)) await approveItem(id)
  const [first, second] = scaffold.sections.map((section) => section.id)
  return { first, ids, scaffold, second }
}

const outline = async (issueID: number, client = staff.editor.client) => client.get(`/api/issues/${issueID}/outline`)
const order = (issueID: number, body: unknown, client = staff.editor.client, language?: 'en') =>
  client.post(`/api/issues/${issueID}/order`, body, language ? { 'Accept-Language': language } : {})

describe('the issue outline', () => {
  it('lists sections in printed order with their items by position, and what is missing', async () => {
    const scaffold = await createScaffold(context.payload, 2031, ++issueNumber)
    const uncaptioned = await context.payload.create({
      collection: 'media',
      data: { alt: '无图题的柱状图' },
      file: pngFile(await chartPNG(400, 250), 'uncaptioned.png'),
    })
    const captioned = await context.payload.create({
      collection: 'media',
      data: { alt: '有图题的柱状图', captionZh: '图 1 储能装机规模' },
      file: pngFile(await chartPNG(400, 250), 'captioned.png'),
    })
    const unlinked = await context.payload.create({ collection: 'references', data: { kind: 'report', title: '无网址的研究报告' } })
    const figure = (id: number) => ({ type: 'upload', version: 3, id: `figure-${id}`, fields: {}, format: '', relationTo: 'media', value: id })

    const first = await addItem(scaffold, 0, '第一篇', richText(paragraph(text('正文'), footnote(unlinked.id), footnote(scaffold.references[0].id)), figure(uncaptioned.id)))
    const second = await addItem(scaffold, 0, '第二篇', richText(paragraph(text('正文'), footnote(scaffold.references[1].id)), figure(captioned.id)))
    await approveItem(second)

    const { body, status } = await outline(scaffold.issue.id)
    expect(status).toBe(200)
    const result = body as Outline
    expect(result.label).toBe(`2031【${String(issueNumber).padStart(2, '0')}】`)
    expect(result.workflowState).toBe('planning')
    expect(result.sections.map((section) => section.name)).toEqual(scaffold.sections.map((section) => section.name))
    expect(result.sections[0].items.map((item) => [item.title, item.position, item.workflowState])).toEqual([
      ['第一篇', 1, 'draft'],
      ['第二篇', 2, 'approved'],
    ])
    expect(result.missing.itemsNotApproved).toEqual([{ id: first, title: '第一篇', workflowState: 'draft' }])
    expect(result.missing.emptySections).toEqual([{ id: scaffold.sections[1].id, name: scaffold.sections[1].name }])
    expect(result.missing.figuresWithoutCaption).toEqual([{ filename: 'uncaptioned.png', id: uncaptioned.id, items: ['第一篇'] }])
    expect(result.missing.referencesWithoutURL).toEqual([{ id: unlinked.id, items: ['第一篇'], title: '无网址的研究报告' }])
  })

  it('is for staff only: reviewers and admins read it, the public gets 403', async () => {
    const { scaffold } = await issueWithThreeItems()
    expect((await outline(scaffold.issue.id, staff.reviewer.client)).status).toBe(200)
    expect((await outline(scaffold.issue.id, staff.admin.client)).status).toBe(200)
    const refused = await anonymous.get(`/api/issues/${scaffold.issue.id}/outline`)
    expect(refused.status).toBe(403)
    expect(JSON.stringify(refused.body)).not.toContain('甲')
    expect((await outline(999_999)).status).toBe(404)
  })
})

describe('arranging an issue', () => {
  it('puts sections and items in the given order without touching the items’ approval, and publishes in that order', async () => {
    const { first, ids, scaffold, second } = await issueWithThreeItems()
    const { body, status } = await order(scaffold.issue.id, { sections: [second, first], items: { [first]: [ids.b, ids.a], [second]: [ids.c] } })
    expect(status).toBe(200)
    const result = body as Outline
    expect(result.sections.map((section) => [section.id, section.items.map((item) => item.title)])).toEqual([
      [second, ['丙']],
      [first, ['乙', '甲']],
    ])
    for (const id of Object.values(ids)) {
      const item = await context.payload.findByID({ collection: 'items', depth: 0, draft: true, id })
      expect(item.workflowState).toBe('approved')
    }
    const stored = await context.payload.findByID({ collection: 'issues', depth: 0, draft: true, id: scaffold.issue.id })
    expect(stored.sections?.map((row) => row.section)).toEqual([second, first])
    const audit = await context.payload.find({ collection: 'audit-log', where: { and: [{ action: { equals: 'reorder' } }, { documentID: { equals: String(scaffold.issue.id) } }] } })
    expect(audit.totalDocs).toBe(1)

    await publishThroughWorkflow(context.payload, scaffold.issue.id, { editor: staff.editor.user, reviewer: staff.reviewer.user })
    const published = await anonymous.get(`/delivery/v1/issues/${scaffold.issue.id}`)
    expect(published.status).toBe(200)
    expect(published.body.sections.map((section: { items: Array<{ title: string }> }) => section.items.map((item) => item.title))).toEqual([['丙'], ['乙', '甲']])
  })

  it('sends an approved issue back to planning, since the approved order changed', async () => {
    const { first, ids, scaffold, second } = await issueWithThreeItems()
    expect((await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'submit')).status).toBe(200)
    expect((await workflow(staff.reviewer.client, 'issues', scaffold.issue.id, 'approve')).status).toBe(200)
    const { body, status } = await order(scaffold.issue.id, { sections: [first, second], items: { [first]: [ids.b, ids.a], [second]: [ids.c] } }, staff.admin.client)
    expect(status).toBe(200)
    expect(body.workflowState).toBe('planning')
  })

  it('refuses reviewers and the public, and changes nothing', async () => {
    const { first, ids, scaffold, second } = await issueWithThreeItems()
    const proposal = { sections: [second, first], items: { [first]: [ids.b, ids.a], [second]: [ids.c] } }
    const reviewer = await order(scaffold.issue.id, proposal, staff.reviewer.client, 'en')
    expect(reviewer.status).toBe(403)
    expect(reviewer.body.errors[0].message).toBe('Only editors and administrators arrange an issue.')
    const stranger = await order(scaffold.issue.id, proposal, anonymous)
    expect(stranger.status).toBe(403)
    expect(stranger.body.errors[0].message).toBe('只有编辑和管理员可以编排期刊。')
    const unchanged = (await outline(scaffold.issue.id)).body as Outline
    expect(unchanged.sections.map((section) => section.items.map((item) => item.title))).toEqual([['甲', '乙'], ['丙']])
  })

  it('answers an order that leaves out, repeats or misplaces a piece with 400 and keeps the old order', async () => {
    const { first, ids, scaffold, second } = await issueWithThreeItems()
    const wrong = [
      { sections: [first], items: { [first]: [ids.a, ids.b], [second]: [ids.c] } },
      { sections: [first, second, first], items: { [first]: [ids.a, ids.b], [second]: [ids.c] } },
      { sections: [first, second], items: { [first]: [ids.a], [second]: [ids.c] } },
      { sections: [first, second], items: { [first]: [ids.a, ids.b, ids.b], [second]: [ids.c] } },
      { sections: [first, second], items: { [first]: [ids.a, ids.b, ids.c], [second]: [] } },
      { sections: [first, second], items: { [first]: [ids.a, ids.b], [second]: [ids.c], 999999: [] } },
    ]
    for (const proposal of wrong) {
      const { body, status } = await order(scaffold.issue.id, proposal, staff.editor.client, 'en')
      expect(status).toBe(400)
      expect(body.errors[0].message).toMatch(/exactly once.*Reload the builder/)
    }
    for (const malformed of [{}, { sections: 'all' }, { sections: [first, second], items: [] }, { sections: [first, null], items: {} }]) {
      const { body, status } = await order(scaffold.issue.id, malformed, staff.editor.client)
      expect(status).toBe(400)
      expect(body.errors[0].message).toContain('顺序的格式应为')
    }
    const unchanged = (await outline(scaffold.issue.id)).body as Outline
    expect(unchanged.sections.map((section) => section.items.map((item) => item.title))).toEqual([['甲', '乙'], ['丙']])
    expect((await order(999_999, { sections: [], items: {} })).status).toBe(404)
  })

  it('refuses to rearrange a published issue with 409', async () => {
    const { first, ids, scaffold, second } = await issueWithThreeItems()
    await publishThroughWorkflow(context.payload, scaffold.issue.id, { editor: staff.editor.user, reviewer: staff.reviewer.user })
    const { body, status } = await order(scaffold.issue.id, { sections: [second, first], items: { [first]: [ids.b, ids.a], [second]: [ids.c] } }, staff.editor.client, 'en')
    expect(status).toBe(409)
    expect(body.errors[0].message).toMatch(/“Published”; its order can no longer change/)
    const published = await anonymous.get(`/delivery/v1/issues/${scaffold.issue.id}`)
    expect(published.body.sections.map((section: { items: Array<{ title: string }> }) => section.items.map((item) => item.title))).toEqual([['甲', '乙'], ['丙']])
  })
})
