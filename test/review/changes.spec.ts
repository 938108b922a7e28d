import { createScaffold, footnote, paragraph, richText, type Scaffold, text } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { restClient } from '../helpers/rest'
import { type InProcessServer, startInProcessServer } from '../helpers/restClient'
import { signInStaff, type StaffMember, workflow } from '../helpers/staff'

type Changes = { since?: { action: string; at: string; by: string | null }; changes: Array<{ field: string; parts: Array<{ text: string; added?: true; removed?: true }> }> }

let context: TestPayload
let server: InProcessServer
let staff: Record<'editor' | 'reviewer', StaffMember>
let scaffold: Scaffold

beforeAll(async () => {
  context = await initPayload('changes-since-review')
  server = await startInProcessServer(context.payload)
  staff = await signInStaff(context.payload, server.baseURL, { editor: ['editor'], reviewer: ['reviewer'] })
  scaffold = await createScaffold(context.payload, 2026, 6)
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

const changesOf = async (collection: 'issues' | 'items', id: number, as: StaffMember = staff.reviewer) => {
  const response = await as.client.get<Changes>(`/api/${collection}/${id}/changes`)
  expect(response.status).toBe(200)
  return response.body
}
/** A change as a reader sees it: removed characters in [-…-], added ones in {+…+}. */
const rendered = (parts: Changes['changes'][number]['parts']) => parts.map(({ added, removed, text }) => (added ? `{+${text}+}` : removed ? `[-${text}-]` : text)).join('')
const byField = (body: Changes) => Object.fromEntries(body.changes.map((change) => [change.field, rendered(change.parts)]))

describe('changes since the last review', () => {
  it('shows a reviewer what the editor changed after the request for changes: Chinese by characters, sources, credits', async () => {
    const [first, second] = scaffold.references
    const { body } = await staff.editor.client.post('/api/items?draft=true', {
      title: '钠离子电池正极材料研究进展',
      issue: scaffold.issue.id,
      section: scaffold.sections[0].id,
      summary: '摘要不变。',
      body: richText(paragraph(text('层状氧化物正极循环稳定。'), footnote(first.id))),
      credits: [{ contributor: scaffold.authors[0].id, role: 'compiled' }],
    })
    const id = body.doc.id as number
    expect(await changesOf('items', id)).toEqual({ changes: [] })

    await workflow(staff.editor.client, 'items', id, 'submit')
    await workflow(staff.reviewer.client, 'items', id, 'request_changes', { comment: '请补充来源。' })
    await staff.editor.client.patch(`/api/items/${id}?draft=true`, {
      title: '钠离子电池层状正极材料研究进展',
      body: richText(paragraph(text('层状氧化物正极长循环稳定。'), footnote(first.id), footnote(second.id))),
      credits: [{ contributor: scaffold.authors[0].id, role: 'written' }],
    })

    const changes = await changesOf('items', id)
    expect(changes.since).toMatchObject({ action: 'request_changes', by: staff.reviewer.user.name })
    const fields = byField(changes)
    expect(Object.keys(fields).sort()).toEqual(['body', 'credits', 'footnotes', 'title'])
    expect(fields.title).toBe('钠离子电池{+层状+}正极材料研究进展')
    expect(fields.body).toContain('正极{+长+}循环稳定')
    expect(fields.footnotes).toBe(`1. ${first.title}\n{+2. ${second.title}\n+}`)
    expect(fields.credits).toBe(`[-${scaffold.authors[0].displayName}（编译）\n-]{+${scaffold.authors[0].displayName}（撰写）\n+}`)

    // Once approved, that approval is the new point of comparison.
    await workflow(staff.editor.client, 'items', id, 'submit')
    await workflow(staff.reviewer.client, 'items', id, 'approve')
    expect(await changesOf('items', id)).toMatchObject({ since: { action: 'approve' }, changes: [] })
  })

  it('shows an issue’s sections in their new order and its changed editor’s note', async () => {
    const issue = scaffold.issue
    await context.payload.create({
      collection: 'items',
      data: { title: '期刊审核用稿件', issue: issue.id, section: scaffold.sections[0].id, body: richText(paragraph(text('正文'))) },
      draft: true,
    }).then(async (item) => {
      await workflow(staff.editor.client, 'items', item.id as number, 'submit')
      await workflow(staff.reviewer.client, 'items', item.id as number, 'approve')
    })
    await workflow(staff.editor.client, 'issues', issue.id as number, 'submit')
    await workflow(staff.reviewer.client, 'issues', issue.id as number, 'request_changes', { comment: '编者按需要改写。' })
    const sections = [...(issue.sections ?? [])].reverse().map((row) => ({
      section: typeof row.section === 'object' ? row.section.id : row.section,
      editorsNote: richText(paragraph(text('本期聚焦储能。'))),
    }))
    expect((await staff.editor.client.patch(`/api/issues/${issue.id}?draft=true`, { sections })).status).toBe(200)

    const fields = byField(await changesOf('issues', issue.id as number))
    expect(Object.keys(fields).sort()).toEqual(['editorsNotes', 'sections'])
    expect(fields.editorsNotes).toContain('{+：本期聚焦储能。+}')
    const [firstName, secondName] = scaffold.sections.map((section) => section.name)
    expect(fields.sections.replace(/\[-.*?-\]|\{\+|\+\}/gs, '')).toBe(`${secondName}\n${firstName}\n`)
  })

  it('still has the reviewed version after more than a hundred saves since the review', async () => {
    const { body } = await staff.editor.client.post('/api/items?draft=true', {
      title: '固态电解质界面研究',
      issue: scaffold.issue.id,
      section: scaffold.sections[0].id,
      body: richText(paragraph(text('界面阻抗下降。'))),
    })
    const id = body.doc.id as number
    await workflow(staff.editor.client, 'items', id, 'submit')
    await workflow(staff.reviewer.client, 'items', id, 'request_changes', { comment: '请逐段修改。' })
    for (let save = 1; save <= 101; save++) {
      expect((await staff.editor.client.patch(`/api/items/${id}?draft=true`, { summary: `第${save}稿` })).status).toBe(200)
    }

    expect(byField(await changesOf('items', id))).toEqual({ summary: '{+第101稿+}' })
  })

  it('is for staff only', async () => {
    const response = await restClient(server.baseURL).get(`/api/issues/${scaffold.issue.id}/changes`)
    expect(response.status).toBe(403)
  })
})
