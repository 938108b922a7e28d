import { awaitingReview } from '../../src/components/EditorialDashboard/pipeline'
import { REMINDERS_QUEUE } from '../../src/deadlines/reminders'
import type { User } from '../../src/payload-types'
import { createScaffold, createUser, footnote, paragraph, richText, text } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type Mailbox, type ReceivedMail, startMailbox } from '../helpers/mailbox'
import { actAs } from '../helpers/workflow'

type Member = User & { collection: 'users' }

let context: TestPayload
let mailbox: Mailbox
let editor: Member
let reviewer: Member
let otherReviewer: Member
let otherEditor: Member

const DAY_MS = 24 * 60 * 60 * 1000
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString()
const member = async (roles: User['roles']) => ({ ...(await createUser(context.payload, roles)).user, collection: 'users' as const })

beforeAll(async () => {
  mailbox = await startMailbox()
  context = await initPayload('deadlines', { env: mailbox.env })
  editor = await member(['editor'])
  reviewer = await member(['reviewer'])
  otherReviewer = await member(['reviewer'])
  otherEditor = await member(['editor'])
})
afterAll(async () => {
  await context?.close()
  await mailbox?.stop()
})

/** An issue with one item submitted for review, as the editor leaves it. */
async function issueInProgress(number: number) {
  const scaffold = await createScaffold(context.payload, 2027, number)
  const item = await context.payload.create({
    collection: 'items',
    data: { title: `待审稿件 ${number}`, issue: scaffold.issue.id, section: scaffold.sections[0].id, body: richText(paragraph(text('正文'))) },
    draft: true,
  })
  await actAs(context.payload, editor, { action: 'submit', collection: 'items', id: item.id })
  return { issue: scaffold.issue, item }
}

const to = (person: User) => (mail: ReceivedMail) => mail.to.includes(person.email)

describe('assignments and deadlines', () => {
  it('shows a reviewer what is assigned to them or to nobody, overdue in red past the review deadline', async () => {
    const late = await issueInProgress(1)
    await context.payload.update({ collection: 'issues', data: { reviewDeadline: inDays(-2) }, draft: true, id: late.issue.id, overrideAccess: false, user: editor })
    const elsewhere = await issueInProgress(2)
    await context.payload.update({ collection: 'items', data: { assignedReviewer: otherReviewer.id }, draft: true, id: elsewhere.item.id, overrideAccess: false, user: editor })

    const mine = await awaitingReview(context.payload, reviewer)
    expect(mine.find((work) => work.id === late.item.id)).toMatchObject({ overdue: true })
    expect(mine.map((work) => work.id)).not.toContain(elsewhere.item.id)
    expect((await awaitingReview(context.payload, otherReviewer)).map((work) => work.id)).toContain(elsewhere.item.id)
  })

  it('takes an assignment or a deadline as planning: approved work stays approved, and nobody becomes its last editor', async () => {
    const { item } = await issueInProgress(3)
    await actAs(context.payload, reviewer, { action: 'approve', collection: 'items', id: item.id })
    const approved = await context.payload.findByID({ collection: 'items', depth: 0, draft: true, id: item.id })
    await context.payload.update({ collection: 'items', data: { assignedReviewer: otherReviewer.id }, draft: true, id: item.id, overrideAccess: false, user: otherEditor })
    const stored = await context.payload.findByID({ collection: 'items', depth: 0, draft: true, id: item.id })
    expect(stored.workflowState).toBe('approved')
    expect(stored.lastEditedBy).toEqual(approved.lastEditedBy)
    expect(stored.assignedReviewer).toBe(otherReviewer.id)
    // A change of content is still an edit that reopens it.
    await context.payload.update({ collection: 'items', data: { summary: '改了摘要' }, draft: true, id: item.id, overrideAccess: false, user: editor })
    expect((await context.payload.findByID({ collection: 'items', depth: 0, draft: true, id: item.id })).workflowState).toBe('draft')
  })

  it('takes a credit, a footnote’s source or an editor’s note changed beside an assignment as an edit, however the rows keep their ids', async () => {
    const scaffold = await createScaffold(context.payload, 2027, 6)
    const [first, second] = scaffold.references
    const created = await context.payload.create({
      collection: 'items',
      data: {
        title: '换来源的稿件',
        issue: scaffold.issue.id,
        section: scaffold.sections[0].id,
        body: richText(paragraph(text('正文'), footnote(first.id))),
        credits: [{ contributor: scaffold.authors[0].id, role: 'written' }],
      },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    const approve = async () => {
      await actAs(context.payload, editor, { action: 'submit', collection: 'items', id: created.id })
      await actAs(context.payload, reviewer, { action: 'approve', collection: 'items', id: created.id })
      return context.payload.findByID({ collection: 'items', depth: 0, draft: true, id: created.id })
    }
    const saveBesideAssignment = async (change: (item: Awaited<ReturnType<typeof approve>>) => Record<string, unknown>) => {
      const approved = await approve()
      await context.payload.update({ collection: 'items', data: { assignedReviewer: otherReviewer.id, ...change(approved) }, draft: true, id: created.id, overrideAccess: false, user: otherEditor })
      return context.payload.findByID({ collection: 'items', depth: 0, draft: true, id: created.id })
    }

    const recredited = await saveBesideAssignment((item) => ({ credits: item.credits!.map((row) => ({ ...row, contributor: scaffold.authors[1].id })) }))
    expect(recredited.workflowState).toBe('draft')
    expect(recredited.lastEditedBy).toBe(otherEditor.id)

    const resourced = await saveBesideAssignment((item) => ({ body: JSON.parse(JSON.stringify(item.body).replace(`"reference":${first.id}`, `"reference":${second.id}`)) }))
    expect(JSON.stringify(resourced.body)).toContain(`"reference":${second.id}`)
    expect(resourced.workflowState).toBe('draft')

    await approve()
    await actAs(context.payload, editor, { action: 'submit', collection: 'issues', id: scaffold.issue.id })
    await actAs(context.payload, reviewer, { action: 'approve', collection: 'issues', id: scaffold.issue.id })
    const issue = await context.payload.findByID({ collection: 'issues', depth: 0, draft: true, id: scaffold.issue.id })
    const sections = issue.sections!.map((row, index) => (index === 0 ? { ...row, editorsNote: richText(paragraph(text('未经审核的编者按'))) } : row))
    await context.payload.update({ collection: 'issues', data: { deadline: inDays(5), sections }, draft: true, id: scaffold.issue.id, overrideAccess: false, user: otherEditor })
    expect((await context.payload.findByID({ collection: 'issues', depth: 0, draft: true, id: scaffold.issue.id })).workflowState).toBe('planning')
  })

  it('reminds, through the jobs queue, the issue’s editors of tomorrow’s copy deadline and its assigned reviewer of tomorrow’s review', async () => {
    const { issue, item } = await issueInProgress(4)
    await context.payload.update({ collection: 'items', data: { assignedReviewer: reviewer.id }, draft: true, id: item.id, overrideAccess: false, user: editor })
    await context.payload.update({
      collection: 'issues',
      data: { deadline: inDays(1), reviewDeadline: inDays(1), editors: [editor.id] },
      draft: true,
      id: issue.id,
      overrideAccess: false,
      user: editor,
    })
    const later = await issueInProgress(5)
    await context.payload.update({ collection: 'issues', data: { deadline: inDays(3) }, draft: true, id: later.issue.id, overrideAccess: false, user: editor })

    await context.payload.jobs.queue({ input: {}, queue: REMINDERS_QUEUE, task: 'deadlineReminders' })
    await context.payload.jobs.run({ queue: REMINDERS_QUEUE })

    const [copy] = await mailbox.waitFor((mail) => to(editor)(mail) && mail.subject.includes('明天截稿'))
    expect(copy.subject).toContain(issue.title ?? '')
    const [review] = await mailbox.waitFor((mail) => mail.subject.includes('明天审核截止'))
    expect(review.to).toEqual([reviewer.email])
    expect(mailbox.mails.filter((mail) => mail.subject.includes(later.issue.title ?? '') && mail.subject.includes('明天'))).toEqual([])

    const { docs } = await context.payload.find({ collection: 'notifications', where: { recipient: { equals: reviewer.id } } })
    expect(docs.map((notice) => notice.subject)).toContain('reviewDueTomorrow')
  })
})
