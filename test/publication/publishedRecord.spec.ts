/**
 * What a published issue shows changes only through a correction that is reviewed and published:
 * the shared documents it shows (references, images, contributors' printed names) are not edited
 * or deleted in place, and nothing that has been on the public record is deleted at all.
 */
import { createScaffold, footnote, paragraph, richText, type Scaffold, text } from '../helpers/fixtures'
import { chartPNG } from '../helpers/images'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { restClient } from '../helpers/rest'
import { signInStaff, type StaffMember } from '../helpers/staff'
import { type InProcessServer, startInProcessServer } from '../helpers/restClient'
import { actAs, publishThroughWorkflow } from '../helpers/workflow'

let context: TestPayload
let server: InProcessServer
let staff: Record<'admin' | 'editor' | 'reviewer', StaffMember>
let anonymous: ReturnType<typeof restClient>
let issueNumber = 0
const english = { 'Accept-Language': 'en' }

beforeAll(async () => {
  context = await initPayload('published-record')
  server = await startInProcessServer(context.payload)
  staff = await signInStaff(context.payload, server.baseURL, { admin: ['admin'], editor: ['editor'], reviewer: ['reviewer'] })
  anonymous = restClient(server.baseURL)
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

type Published = { figure: number; itemID: number; scaffold: Scaffold }

/** A published issue with one item that shows a figure, cites the first reference and credits the first contributor. */
async function publishedIssue(): Promise<Published> {
  const scaffold = await createScaffold(context.payload, 2031, ++issueNumber)
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await chartPNG(400, 250))], { type: 'image/png' }), 'chart.png')
  form.append('_payload', JSON.stringify({ alt: '装机规模柱状图', captionZh: '装机规模' }))
  const uploaded = await staff.editor.client.post('/api/media', form)
  expect(uploaded.status).toBe(201)
  const item = await context.payload.create({
    collection: 'items',
    data: {
      title: '已发布的稿件',
      issue: scaffold.issue.id,
      section: scaffold.sections[0].id,
      body: richText(
        paragraph(text('正文'), footnote(scaffold.references[0].id)),
        { type: 'upload', version: 3, id: 'figure', fields: {}, format: '', relationTo: 'media', value: uploaded.body.doc.id },
      ),
      credits: [{ contributor: scaffold.authors[0].id, role: 'compiled' }],
    },
    draft: true,
  })
  await publishThroughWorkflow(context.payload, scaffold.issue.id, { editor: staff.editor.user, reviewer: staff.reviewer.user })
  return { figure: uploaded.body.doc.id, itemID: item.id, scaffold }
}

describe('shared documents a published issue shows', () => {
  let published: Published
  beforeAll(async () => {
    published = await publishedIssue()
  })

  it('become public with the publication, and the others stay with the staff', async () => {
    const [shown, unused] = published.scaffold.references
    expect((await anonymous.get(`/api/references/${shown.id}`)).status).toBe(200)
    expect((await anonymous.get(`/api/references/${unused.id}`)).status).toBe(404)
    expect((await anonymous.get(`/api/authors/${published.scaffold.authors[0].id}`)).status).toBe(200)
    expect((await anonymous.get(`/api/authors/${published.scaffold.authors[1].id}`)).status).toBe(404)
    expect((await anonymous.get(`/api/media/${published.figure}`)).status).toBe(200)
  })

  it('refuse an edit or a delete of a cited reference with 409 saying how to correct, and change nothing', async () => {
    const reference = published.scaffold.references[0]
    const edit = await staff.editor.client.patch(`/api/references/${reference.id}`, { title: '改过的题名' }, english)
    expect(edit.status).toBe(409)
    expect(edit.body.errors[0].message).toMatch(/is cited in a published issue.*correction/)
    const removal = await staff.admin.client.delete(`/api/references/${reference.id}`)
    expect(removal.status).toBe(409)
    const stored = await context.payload.findByID({ collection: 'references', id: reference.id })
    expect(stored.title).toBe(reference.title)
    const unused = await staff.editor.client.patch(`/api/references/${published.scaffold.references[1].id}`, { title: '未引用，可改' })
    expect(unused.status).toBe(200)
  })

  it('refuse a new file or caption on a published image', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await chartPNG(300, 200))], { type: 'image/png' }), 'other.png')
    form.append('_payload', JSON.stringify({ alt: '换了图' }))
    const replaced = await staff.editor.client.patch(`/api/media/${published.figure}`, form, english)
    expect(replaced.status).toBe(409)
    expect(replaced.body.errors[0].message).toMatch(/is shown in a published issue/)
    expect((await staff.editor.client.patch(`/api/media/${published.figure}`, { captionZh: '新图题' })).status).toBe(409)
    expect((await staff.editor.client.delete(`/api/media/${published.figure}`)).status).toBe(409)
  })

  it('keep a credited contributor’s printed name, and let the rest of the record change', async () => {
    const contributor = published.scaffold.authors[0]
    const renamed = await staff.editor.client.patch(`/api/authors/${contributor.id}`, { displayName: '改 名' }, english)
    expect(renamed.status).toBe(409)
    expect(renamed.body.errors[0].message).toMatch(/is credited in a published issue/)
    expect((await staff.editor.client.patch(`/api/authors/${contributor.id}`, { affiliation: '材料研究所' })).status).toBe(200)
    expect((await staff.editor.client.delete(`/api/authors/${contributor.id}`)).status).toBe(409)
  })

  it('change through a reviewed correction: the replaced reference leaves the public record', async () => {
    const [oldReference] = published.scaffold.references
    const corrected = await staff.editor.client.post('/api/references', { kind: 'web_news', title: '更正后的来源', url: `https://news.example.org/corrected-${issueNumber}` })
    expect(corrected.status).toBe(201)
    const revision = await staff.editor.client.patch(`/api/items/${published.itemID}?draft=true`, {
      body: richText(paragraph(text('更正后的正文'), footnote(corrected.body.doc.id))),
    })
    expect(revision.status).toBe(200)
    expect((await anonymous.get(`/api/references/${corrected.body.doc.id}`)).status).toBe(404)

    await publishThroughWorkflow(context.payload, published.scaffold.issue.id, { editor: staff.editor.user, reviewer: staff.reviewer.user })
    expect((await anonymous.get(`/api/references/${corrected.body.doc.id}`)).status).toBe(200)
    expect((await anonymous.get(`/api/references/${oldReference.id}`)).status).toBe(404)
    expect((await anonymous.get(`/api/media/${published.figure}`)).status).toBe(404)
    expect((await staff.editor.client.patch(`/api/references/${oldReference.id}`, { title: '不再引用，可改' })).status).toBe(200)
  })
})

describe('what has been on the public record', () => {
  it('is never deleted: not a withdrawn issue, nor its items, by an editor or an administrator', async () => {
    const { itemID, scaffold } = await publishedIssue()
    await actAs(context.payload, staff.admin.user, { action: 'withdraw', collection: 'issues', id: scaffold.issue.id, reason: '数据有误' })
    for (const member of [staff.editor, staff.admin]) {
      const issue = await member.client.delete(`/api/issues/${scaffold.issue.id}`)
      expect(issue.status).toBe(409)
      expect((await member.client.delete(`/api/items/${itemID}`)).status).toBe(409)
    }
    const refused = await staff.admin.client.delete(`/api/issues/${scaffold.issue.id}`)
    expect(JSON.stringify(refused.body)).toContain('撤回')
    expect((await context.payload.findByID({ collection: 'issues', draft: true, id: scaffold.issue.id })).workflowState).toBe('withdrawn')
    const { totalDocs: versions } = await context.payload.countVersions({ collection: 'items', where: { parent: { equals: itemID } } })
    expect(versions).toBeGreaterThan(0)
  })

  it('lets unpublished drafts be deleted, recorded in the audit log, and not an issue that still has items', async () => {
    const scaffold = await createScaffold(context.payload, 2032, 1)
    const draft = await staff.editor.client.post('/api/items?draft=true', { title: '要删除的草稿', issue: scaffold.issue.id, section: scaffold.sections[0].id })
    expect((await staff.editor.client.delete(`/api/issues/${scaffold.issue.id}`)).status).toBe(409)
    expect((await staff.editor.client.delete(`/api/items/${draft.body.doc.id}`)).status).toBe(200)
    expect((await staff.editor.client.delete(`/api/issues/${scaffold.issue.id}`)).status).toBe(200)
    const { docs } = await context.payload.find({
      collection: 'audit-log',
      depth: 0,
      where: { and: [{ action: { equals: 'delete' } }, { documentID: { in: [String(draft.body.doc.id), String(scaffold.issue.id)] } }] },
    })
    expect(docs.map((entry) => [entry.documentCollection, entry.documentTitle, entry.actor]).sort()).toEqual(
      [
        ['issues', scaffold.issue.title, staff.editor.user.id],
        ['items', '要删除的草稿', staff.editor.user.id],
      ].sort(),
    )
  })
})
