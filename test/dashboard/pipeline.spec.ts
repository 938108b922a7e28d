import { awaitingReview, changesRequestedOf, currentPipelines } from '../../src/components/EditorialDashboard/pipeline'
import type { User } from '../../src/payload-types'
import { secondIssueItems } from '../../src/seed/content/secondIssueItems'
import { itemStates } from '../../src/workflow/states'
import { initPayload, type TestPayload } from '../helpers/initPayload'

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
})
