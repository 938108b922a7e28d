import { awaitingReview } from '../../src/components/EditorialDashboard/pipeline'
import { realTime, setClockTo } from '../helpers/clock'
import { createScaffold, footnote, paragraph, richText, type Scaffold, text, writePastValidation } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { restClient } from '../helpers/rest'
import { signInStaff, type StaffMember, workflow } from '../helpers/staff'
import { type InProcessServer, startInProcessServer } from '../helpers/restClient'

let context: TestPayload
let server: InProcessServer
let staff: Record<'admin' | 'editor' | 'reviewer', StaffMember>
let anonymous: ReturnType<typeof restClient>
let issueNumber = 0

beforeAll(async () => {
  context = await initPayload('publishing')
  server = await startInProcessServer(context.payload)
  staff = await signInStaff(context.payload, server.baseURL, { admin: ['admin'], editor: ['editor'], reviewer: ['reviewer'] })
  anonymous = restClient(server.baseURL)
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

type ItemPlan = { title: string; section: 0 | 1; references?: number[]; doi?: string }

/** An issue whose items are all approved and the issue itself approved, ready to publish. */
async function approvedIssue(plans: ItemPlan[]): Promise<{ itemIDs: number[]; scaffold: Scaffold }> {
  const scaffold = await createScaffold(context.payload, 2030, ++issueNumber)
  const itemIDs: number[] = []
  for (const plan of plans) {
    const { body, status } = await staff.editor.client.post('/api/items?draft=true', {
      title: plan.title,
      issue: scaffold.issue.id,
      section: scaffold.sections[plan.section].id,
      body: richText(paragraph(text(plan.title), ...(plan.references ?? []).map((index) => footnote(scaffold.references[index].id)))),
      publishedIn: plan.doi ? { journal: 'Test Journal', doi: plan.doi } : undefined,
    })
    if (status !== 201) throw new Error(`Creating “${plan.title}” failed with ${status}: ${JSON.stringify(body)}\n${server.output().slice(-2000)}`)
    itemIDs.push(body.doc.id)
    await workflow(staff.editor.client, 'items', body.doc.id, 'submit')
    await workflow(staff.reviewer.client, 'items', body.doc.id, 'approve')
  }
  await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'submit')
  await workflow(staff.reviewer.client, 'issues', scaffold.issue.id, 'approve')
  return { itemIDs, scaffold }
}

async function publicTitles(issueID: number): Promise<string[]> {
  const { body } = await anonymous.get(`/api/items?where[issue][equals]=${issueID}&sort=title`)
  return body.docs.map((item: { title: string }) => item.title)
}

describe('publishing an issue', () => {
  it('publishes the issue and all its items together, or nothing when a step fails, naming the item', async () => {
    const { itemIDs, scaffold } = await approvedIssue([
      { title: '甲稿', section: 0 },
      { title: '乙稿', section: 1, doi: '10.5555/valid' },
    ])
    // The last item in reading order carries a malformed DOI, as a draft stored before drafts were
    // validated could: written to its newest version directly, past every check.
    await writePastValidation(context.payload, itemIDs[1], (version) => ({ ...version, publishedIn: { ...version.publishedIn, doi: 'not-a-doi' } }))
    const failed = await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'publish', {}, 'en')
    expect(failed.status).toBe(409)
    expect(failed.body.errors[0].message).toMatch(new RegExp(`Item #${itemIDs[1]} “乙稿” cannot be published until it is corrected: publishedIn.doi: .*is not a DOI`))

    const issue = await context.payload.findByID({ collection: 'issues', id: scaffold.issue.id, draft: true })
    expect(issue).toMatchObject({ _status: 'draft', workflowState: 'approved', publishedAt: null })
    for (const id of itemIDs) {
      const item = await context.payload.findByID({ collection: 'items', id, draft: true })
      expect(item).toMatchObject({ _status: 'draft', workflowState: 'approved' })
    }
    expect(await publicTitles(scaffold.issue.id)).toEqual([])
    expect((await anonymous.get(`/api/issues/${scaffold.issue.id}`)).status).toBe(404)
    const publishEntries = await context.payload.count({ collection: 'audit-log', where: { action: { equals: 'publish' } } })
    expect(publishEntries.totalDocs).toBe(0)
  })

  it('refuses a footnote whose source does not exist, on saving and on publishing, naming it', async () => {
    const scaffold = await createScaffold(context.payload, 2030, ++issueNumber)
    const saved = await staff.editor.client.post('/api/items?draft=true', {
      title: '缺来源的稿件',
      issue: scaffold.issue.id,
      section: scaffold.sections[0].id,
      body: richText(paragraph(text('正文'), footnote(987654))),
    }, { 'Accept-Language': 'en' })
    expect(saved.status).toBe(400)
    expect(JSON.stringify(saved.body)).toMatch(/987654/)

    const { itemIDs, scaffold: published } = await approvedIssue([{ title: '丁稿', section: 0, references: [0] }])
    // A source removed after the item's approval, as a direct database edit could.
    await writePastValidation(context.payload, itemIDs[0], (version) => ({ ...version, body: richText(paragraph(text('丁稿'), footnote(987654))) }))
    const failed = await workflow(staff.editor.client, 'issues', published.issue.id, 'publish', {}, 'en')
    expect(failed.status).toBe(409)
    expect(failed.body.errors[0].message).toMatch(new RegExp(`Item #${itemIDs[0]} “丁稿” cannot be published until it is corrected: body\\.reference: .*987654`))
    expect(await publicTitles(published.issue.id)).toEqual([])
  })

  it('freezes the publication date and the footnote numbers across the issue', async () => {
    const { scaffold } = await approvedIssue([
      { title: '第一篇', section: 0, references: [1] },
      { title: '第二篇', section: 1, references: [0, 1] },
    ])
    const { body, status } = await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'publish')
    expect(status).toBe(200)
    expect(body.doc.publicationDate).toEqual(expect.any(String))
    expect(body.doc.footnoteNumbers).toEqual([
      { number: 1, reference: scaffold.references[1].id },
      { number: 2, reference: scaffold.references[0].id },
    ])
    expect(await publicTitles(scaffold.issue.id)).toEqual(['第一篇', '第二篇'])
  })
})

describe('a correction', () => {
  it('revises a published item through review while the public keeps the published text', async () => {
    const { itemIDs, scaffold } = await approvedIssue([{ title: '原稿', section: 0, references: [0] }])
    const published = await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'publish')
    const firstDate = published.body.doc.publicationDate
    const [itemID] = itemIDs

    const revision = await staff.editor.client.patch(`/api/items/${itemID}?draft=true`, {
      title: '修订稿',
      body: richText(paragraph(text('修订'), footnote(scaffold.references[1].id), footnote(scaffold.references[0].id))),
    })
    expect(revision.status).toBe(200)
    const issueDuring = await context.payload.findByID({ collection: 'issues', id: scaffold.issue.id, draft: true })
    expect(issueDuring.workflowState).toBe('correction')
    expect(await publicTitles(scaffold.issue.id)).toEqual(['原稿'])
    expect((await anonymous.get(`/api/items/${itemID}?draft=true`)).body.title).toBe('原稿')

    const tooEarly = await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'publish')
    expect(tooEarly.status).toBe(409)
    await workflow(staff.editor.client, 'items', itemID, 'submit')
    await workflow(staff.reviewer.client, 'items', itemID, 'approve')
    const republished = await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'publish')
    expect(republished.status).toBe(200)
    expect(await publicTitles(scaffold.issue.id)).toEqual(['修订稿'])
    expect(republished.body.doc.publicationDate).toBe(firstDate)
    // Reference 0 keeps number 1 from the first publication; the newly cited reference comes after.
    expect(republished.body.doc.footnoteNumbers).toEqual([
      { number: 1, reference: scaffold.references[0].id },
      { number: 2, reference: scaffold.references[1].id },
    ])
  })
})

describe('a correction of the issue itself', () => {
  it('is reviewed before it is published, when the issue’s own text changed; the public keeps the published text meanwhile', async () => {
    const { scaffold } = await approvedIssue([{ title: '编者按之稿', section: 0 }])
    const issueID = scaffold.issue.id
    await workflow(staff.editor.client, 'issues', issueID, 'publish')
    const { body: issue } = await staff.editor.client.get(`/api/issues/${issueID}?draft=true&depth=0`)
    const sections = issue.sections.map((row: { editorsNote?: unknown }, index: number) => (index === 0 ? { ...row, editorsNote: richText(paragraph(text('更正后的编者按'))) } : row))
    expect((await staff.editor.client.patch(`/api/issues/${issueID}?draft=true`, { sections })).status).toBe(200)
    const publicNote = async () => JSON.stringify((await anonymous.get(`/api/issues/${issueID}`)).body).includes('更正后的编者按')

    const unreviewed = await workflow(staff.editor.client, 'issues', issueID, 'publish', {}, 'en')
    expect(unreviewed.status).toBe(409)
    expect(unreviewed.body.errors[0].message).toMatch(/has changed since it was published: submit the correction for review/)
    expect((await workflow(staff.editor.client, 'issues', issueID, 'submit')).body.doc.workflowState).toBe('correction_review')
    expect((await awaitingReview(context.payload, { ...staff.reviewer.user, collection: 'users' })).map((work) => work.id)).toContain(issueID)
    expect((await workflow(staff.reviewer.client, 'issues', issueID, 'request_changes', { comment: '编者按再改一句' })).body.doc.workflowState).toBe('correction')
    await workflow(staff.editor.client, 'issues', issueID, 'submit')
    expect((await workflow(staff.editor.client, 'issues', issueID, 'approve')).status).toBe(403)
    expect((await workflow(staff.reviewer.client, 'issues', issueID, 'approve')).body.doc.workflowState).toBe('correction_approved')
    expect(await publicNote()).toBe(false)

    const published = await workflow(staff.editor.client, 'issues', issueID, 'publish')
    expect(published.status).toBe(200)
    expect(published.body.doc.workflowState).toBe('published')
    expect(await publicNote()).toBe(true)
    const { body: audit } = await staff.admin.client.get(`/api/audit-log?where[documentID][equals]=${issueID}&where[documentCollection][equals]=issues&sort=createdAt&limit=50`)
    expect(audit.docs.map((entry: { action: string }) => entry.action)).toEqual(['submit', 'approve', 'publish', 'edit', 'submit', 'request_changes', 'submit', 'approve', 'publish'])
  })

  it('shows the public only what it publishes: a source cited by no published copy stays with the staff', async () => {
    const { itemIDs, scaffold } = await approvedIssue([{ title: '只引来源一', section: 0, references: [0] }])
    await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'publish')
    const [itemID] = itemIDs
    const unpublished = scaffold.references[1]
    // A revision still marked published, as only a direct database edit could leave it, citing a source the public has not seen.
    expect((await staff.editor.client.patch(`/api/items/${itemID}?draft=true`, { title: '只引来源一（修订）' })).status).toBe(200)
    await writePastValidation(context.payload, itemID, (version) => ({ ...version, workflowState: 'published', body: richText(paragraph(text('修订'), footnote(unpublished.id))) }))
    expect((await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'publish')).status).toBe(200)
    expect((await anonymous.get(`/api/references/${unpublished.id}`)).status).toBe(404)
    expect((await anonymous.get(`/api/references/${scaffold.references[0].id}`)).status).toBe(200)
  })
})

describe('the published copy', () => {
  it('is kept when a person saves published work without asking for a draft: the save becomes a draft of it', async () => {
    const { itemIDs, scaffold } = await approvedIssue([{ title: '公开稿', section: 0, references: [0] }])
    await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'publish')
    const [itemID] = itemIDs

    const saved = await staff.editor.client.patch(`/api/items/${itemID}`, { title: '未审改稿', _status: 'draft' })
    expect(saved.status).toBe(200)
    expect(await publicTitles(scaffold.issue.id)).toEqual(['公开稿'])
    expect((await staff.editor.client.get(`/api/items/${itemID}?draft=true`)).body).toMatchObject({ title: '未审改稿', workflowState: 'draft' })
    expect((await anonymous.get(`/api/items/${itemID}`)).body.title).toBe('公开稿')

    // The issue is in correction now, its newest version a draft: a deadline set without ?draft=true keeps it public.
    expect((await staff.editor.client.patch(`/api/issues/${scaffold.issue.id}`, { deadline: '2031-01-31T00:00:00.000Z' })).status).toBe(200)
    expect((await anonymous.get(`/api/issues/${scaffold.issue.id}`)).status).toBe(200)
    const graphql = await staff.editor.client.post('/api/graphql', { query: `mutation { updateItem(id: ${itemID}, data: { title: "GraphQL 改稿" }) { title } }` })
    expect(graphql.body.errors).toBeUndefined()
    expect(await publicTitles(scaffold.issue.id)).toEqual(['公开稿'])
  })

  it('is kept when a version is restored: over a published copy only as a draft, which is then reviewed', async () => {
    const { itemIDs, scaffold } = await approvedIssue([{ title: '恢复前', section: 0, references: [0] }])
    await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'publish')
    const [itemID] = itemIDs
    expect((await staff.editor.client.patch(`/api/items/${itemID}?draft=true`, { title: '一稿草稿' })).status).toBe(200)
    expect((await staff.editor.client.patch(`/api/items/${itemID}?draft=true`, { title: '二稿草稿' })).status).toBe(200)
    const { body: versions } = await staff.editor.client.get(`/api/items/versions?where[parent][equals]=${itemID}&where[version.title][equals]=一稿草稿&depth=0`)
    const [firstDraft] = versions.docs

    const refused = await staff.editor.client.post(`/api/items/versions/${firstDraft.id}`, {}, { 'Accept-Language': 'en' })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toMatch(/restore the version as a draft/)
    expect(await publicTitles(scaffold.issue.id)).toEqual(['恢复前'])

    expect((await staff.editor.client.post(`/api/items/versions/${firstDraft.id}?draft=true`, {})).status).toBe(200)
    expect((await staff.editor.client.get(`/api/items/${itemID}?draft=true`)).body.title).toBe('一稿草稿')
    expect(await publicTitles(scaffold.issue.id)).toEqual(['恢复前'])
  })

  it('has its _status set by the workflow alone: anything but "draft" from a person is refused with 400', async () => {
    const scaffold = await createScaffold(context.payload, 2030, ++issueNumber)
    const { body } = await staff.editor.client.post('/api/items?draft=true', { title: '状态', issue: scaffold.issue.id, section: scaffold.sections[0].id, body: richText(paragraph(text('正文'))) })
    for (const status of ['', 'Published']) {
      const refused = await staff.editor.client.patch(`/api/items/${body.doc.id}`, { title: '改', _status: status }, { 'Accept-Language': 'en' })
      expect([status, refused.status, refused.body.errors?.[0]?.message]).toEqual([status, 400, 'The workflow sets _status: leave it out, or send "draft".'])
    }
    for (const status of [0, true, ['published'], { 0: 'published' }]) {
      expect([status, (await staff.editor.client.patch(`/api/items/${body.doc.id}`, { title: '改', _status: status })).status]).toEqual([status, 400])
    }
    expect((await staff.editor.client.get(`/api/items/${body.doc.id}?draft=true`)).body).toMatchObject({ title: '状态', _status: 'draft' })
  })
})

describe('withdrawing', () => {
  it('is for administrators, needs a reason, and takes the issue and its items off the public record', async () => {
    const { itemIDs, scaffold } = await approvedIssue([{ title: '将撤回', section: 0 }])
    await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'publish')
    expect(await publicTitles(scaffold.issue.id)).toEqual(['将撤回'])

    expect((await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'withdraw', { reason: '数据有误' })).status).toBe(403)
    const noReason = await workflow(staff.admin.client, 'issues', scaffold.issue.id, 'withdraw', {}, 'en')
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].message).toContain('reason')
    const withdrawn = await workflow(staff.admin.client, 'issues', scaffold.issue.id, 'withdraw', { reason: '数据有误' })
    expect(withdrawn.status).toBe(200)
    expect(withdrawn.body.doc).toMatchObject({ workflowState: 'withdrawn', withdrawalReason: '数据有误', _status: 'draft' })

    expect((await anonymous.get(`/api/issues/${scaffold.issue.id}`)).status).toBe(404)
    expect((await anonymous.get(`/api/items/${itemIDs[0]}`)).status).toBe(404)
    expect(await publicTitles(scaffold.issue.id)).toEqual([])
    const edit = await staff.editor.client.patch(`/api/issues/${scaffold.issue.id}?draft=true`, { publicationDate: '2030-01-01T00:00:00.000Z' })
    expect(edit.status).toBe(409)
  })
})

describe('scheduled publishing', () => {
  it('refuses a time in the past, or past five years ahead (a year after 9999 would be due at once), and publishes nothing', async () => {
    const { scaffold } = await approvedIssue([{ title: '过去时间', section: 0 }])
    for (const publishAt of ['2020-01-01T00:00:00Z', '+010000-01-01T00:00:00Z', '+275760-09-13T00:00:00Z', new Date(Date.now() + 6 * 366 * 86_400_000).toISOString()]) {
      const refused = await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'schedule', { publishAt }, 'en')
      expect([publishAt, refused.status, refused.body.errors[0].message]).toEqual([publishAt, 400, expect.stringMatching(/at most five years ahead/)])
    }
    expect(await runPublishingQueue()).toEqual([])
    expect((await context.payload.findByID({ collection: 'issues', id: scaffold.issue.id, draft: true })).workflowState).toBe('approved')
  })

  afterEach(realTime)

  /** What the server's cron does every 15 seconds: run the publishing queue once, at the clock's time; the jobs that ran. */
  async function runPublishingQueue(): Promise<unknown[]> {
    const { jobStatus } = await context.payload.jobs.run({ queue: 'publishing' })
    return Object.values(jobStatus ?? {})
  }

  it('publishes an approved issue at its time through the jobs queue, not before', async () => {
    const { scaffold } = await approvedIssue([{ title: '定时发布稿', section: 0 }])
    const publishAt = new Date(Date.now() + 60 * 60_000).toISOString()
    const scheduled = await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'schedule', { publishAt })
    expect(scheduled.status).toBe(200)
    expect(scheduled.body.doc.scheduledPublishAt).toBe(publishAt)
    expect(await runPublishingQueue()).toEqual([])
    expect(await publicTitles(scaffold.issue.id)).toEqual([])

    setClockTo(new Date(new Date(publishAt).getTime() + 1000))
    expect(await runPublishingQueue()).toEqual([{ status: 'success' }])
    expect(await publicTitles(scaffold.issue.id)).toEqual(['定时发布稿'])
    const issue = await context.payload.findByID({ collection: 'issues', id: scaffold.issue.id })
    expect(issue).toMatchObject({ workflowState: 'published', scheduledPublishAt: null })
    expect(new Date(issue.publishedAt as string).getTime()).toBeGreaterThanOrEqual(new Date(publishAt).getTime())
  })

  it('does not publish an issue that was edited after it was scheduled', async () => {
    const { scaffold } = await approvedIssue([{ title: '计划后修改', section: 0 }])
    const publishAt = new Date(Date.now() + 60 * 60_000)
    await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'schedule', { publishAt: publishAt.toISOString() })
    await staff.editor.client.patch(`/api/issues/${scaffold.issue.id}?draft=true`, { publicationDate: '2030-06-01T00:00:00.000Z' })
    setClockTo(new Date(publishAt.getTime() + 1000))
    expect(await runPublishingQueue()).toEqual([{ status: 'success' }])
    const issue = await context.payload.findByID({ collection: 'issues', id: scaffold.issue.id, draft: true })
    expect(issue).toMatchObject({ workflowState: 'planning', scheduledPublishAt: null, _status: 'draft' })
  })
})

describe('document locking', () => {
  it('keeps a second editor from overwriting an item another editor has open', async () => {
    const { other } = await signInStaff(context.payload, server.baseURL, { other: ['editor'] })
    const scaffold = await createScaffold(context.payload, 2031, 1)
    const { body } = await staff.editor.client.post('/api/items?draft=true', {
      title: '锁定的稿件',
      issue: scaffold.issue.id,
      section: scaffold.sections[0].id,
    })
    // What the admin records when an editor opens the item's edit view.
    await context.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'items', value: body.doc.id },
        globalSlug: null,
        user: { relationTo: 'users', value: staff.editor.user.id },
      },
    })
    const blocked = await other.client.patch(`/api/items/${body.doc.id}?draft=true`, { summary: '覆盖' })
    expect(blocked.status).toBe(423)
    expect(blocked.body.errors[0].message).toContain('locked')
    const holder = await staff.editor.client.patch(`/api/items/${body.doc.id}?draft=true`, { summary: '本人修改' })
    expect(holder.status).toBe(200)
    const item = await context.payload.findByID({ collection: 'items', id: body.doc.id, draft: true })
    expect(item.summary).toBe('本人修改')
  })
})
