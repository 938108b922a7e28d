import { awaitingReview, changesRequestedOf, currentPipelines } from '../../src/components/EditorialDashboard/pipeline'
import type { User } from '../../src/payload-types'
import { secondIssueItems } from '../../src/seed/content/secondIssueItems'
import { itemStates } from '../../src/workflow/states'
import { createScaffold, createUser, paragraph, richText, text } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { actAs } from '../helpers/workflow'

let context: TestPayload
let users: Record<'editor' | 'reviewer', User & { collection: 'users' }>

beforeAll(async () => {
  context = await initPayload('dashboard', { content: 'demo' })
  const find = async (email: string | undefined) =>
    ({ ...(await context.payload.find({ collection: 'users', where: { email: { equals: email } } })).docs[0], collection: 'users' as const })
  users = { editor: await find(process.env.SEED_EDITOR_EMAIL), reviewer: await find(process.env.SEED_REVIEWER_EMAIL) }
})
afterAll(async () => {
  await context?.close()
})

/** How many items of the demo's issue in progress the seed declares in `state` (items without one stay drafts). */
const declared = (state: string) => secondIssueItems.filter((item) => (item.state ?? 'draft') === state).length

describe('the editorial dashboard', () => {
  it('shows the issues in progress with their items per state, and not published issues', async () => {
    const pipelines = await currentPipelines(context.payload)
    expect(pipelines.map((issue) => issue.title)).toEqual([expect.stringContaining('2026【02】')])
    expect(pipelines[0].counts).toEqual(Object.fromEntries(itemStates.map((state) => [state, declared(state)])))
    // The demo has something in every state a dashboard distinguishes, or this would check little.
    expect(['draft', 'in_review', 'changes_requested', 'approved'].map(declared)).not.toContain(0)
  })

  it('shows reviewers what awaits their review, and editors what was sent back to them', async () => {
    const awaiting = await awaitingReview(context.payload, users.reviewer)
    expect(awaiting).toHaveLength(declared('in_review'))
    const changes = await changesRequestedOf(context.payload, users.editor)
    expect(changes).toHaveLength(declared('changes_requested'))
    expect(await changesRequestedOf(context.payload, users.reviewer)).toEqual([])
  })

  it('lists an issue waiting for review first, to reviewers the four-eyes rule lets review it', async () => {
    const scaffold = await createScaffold(context.payload, 2031, 7)
    const item = await context.payload.create({
      collection: 'items',
      data: { title: '待审期刊中的稿件', issue: scaffold.issue.id, section: scaffold.sections[0].id, body: richText(paragraph(text('正文'))) },
      draft: true,
    })
    const editorReviewer = { ...(await createUser(context.payload, ['editor', 'reviewer'])).user, collection: 'users' as const }
    await actAs(context.payload, users.editor, { action: 'submit', collection: 'items', id: item.id })
    await actAs(context.payload, users.reviewer, { action: 'approve', collection: 'items', id: item.id })
    // The issue's last editor submits it.
    await context.payload.update({ collection: 'issues', data: { title: '待审的一期' }, draft: true, id: scaffold.issue.id, overrideAccess: false, user: editorReviewer })
    await actAs(context.payload, editorReviewer, { action: 'submit', collection: 'issues', id: scaffold.issue.id })

    const awaiting = await awaitingReview(context.payload, users.reviewer)
    expect(awaiting[0]).toMatchObject({ collection: 'issues', id: scaffold.issue.id })
    expect(awaiting.filter((work) => work.collection === 'items')).toHaveLength(declared('in_review'))
    // Its last editor may not review it.
    const own = await awaitingReview(context.payload, editorReviewer)
    expect(own.map((work) => work.collection)).not.toContain('issues')
  })
})
