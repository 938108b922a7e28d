import { createLocalReq, type Payload, type TypedUser } from 'payload'

import type { Issue, Item } from '../../payload-types'
import { relationID } from '../../lib/relationID'
import { mayReview } from '../../workflow/guards'
import { itemStates, type ItemState } from '../../workflow/states'

export type IssuePipeline = { id: number | string; title: string; workflowState: string; counts: Record<ItemState, number> }
export type WorkItem = { collection: 'issues' | 'items'; id: number | string; title: string; issue: string }

/** Issues still being worked on (not published or withdrawn), with how many items are in each state. */
export async function currentPipelines(payload: Payload): Promise<IssuePipeline[]> {
  const { docs: issues } = await payload.find({
    collection: 'issues',
    depth: 0,
    draft: true,
    limit: 10,
    sort: ['-year', '-number'],
    where: { workflowState: { not_in: ['published', 'withdrawn'] } },
  })
  if (!issues.length) return []
  const { docs: items } = await payload.find({
    collection: 'items',
    depth: 0,
    draft: true,
    pagination: false,
    select: { issue: true, workflowState: true },
    where: { issue: { in: issues.map((issue) => issue.id) } },
  })
  return issues.map((issue: Issue) => {
    const counts = Object.fromEntries(itemStates.map((state) => [state, 0])) as Record<ItemState, number>
    for (const item of items) {
      if (String(relationID(item.issue as never)) === String(issue.id)) counts[item.workflowState as ItemState] += 1
    }
    return { id: issue.id, title: issue.title ?? issue.label ?? String(issue.id), workflowState: issue.workflowState, counts }
  })
}

async function itemsWhere(payload: Payload, where: Parameters<Payload['find']>[0]['where']): Promise<WorkItem[]> {
  const { docs } = await payload.find({ collection: 'items', depth: 1, draft: true, limit: 20, sort: '-updatedAt', where })
  return docs.map((item: Item) => ({
    collection: 'items' as const,
    id: item.id,
    title: item.title,
    issue: typeof item.issue === 'object' ? ((item.issue as Issue).label ?? '') : '',
  }))
}

/** For reviewers: the issues and items in review that the four-eyes rule lets them review, issues first. */
export async function awaitingReview(payload: Payload, user: TypedUser): Promise<WorkItem[]> {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as TypedUser }, payload)
  const inReview = { workflowState: { equals: 'in_review' } } as const
  const [{ docs: issues }, { docs: items }] = await Promise.all([
    payload.find({ collection: 'issues', depth: 0, draft: true, limit: 20, sort: '-updatedAt', where: inReview }),
    payload.find({ collection: 'items', depth: 1, draft: true, limit: 20, sort: '-updatedAt', where: inReview }),
  ])
  const work: WorkItem[] = []
  for (const issue of issues) {
    if (await mayReview(req, issue, 'issues')) work.push({ collection: 'issues', id: issue.id, title: issue.title ?? issue.label ?? String(issue.id), issue: issue.label ?? '' })
  }
  for (const item of items) {
    if (await mayReview(req, item, 'items')) {
      work.push({ collection: 'items', id: item.id, title: item.title, issue: typeof item.issue === 'object' ? ((item.issue as Issue).label ?? '') : '' })
    }
  }
  return work
}

/** For editors: items sent back to them. */
export function changesRequestedOf(payload: Payload, user: TypedUser): Promise<WorkItem[]> {
  return itemsWhere(payload, {
    and: [
      { workflowState: { equals: 'changes_requested' } },
      { or: [{ submittedBy: { equals: user.id } }, { lastEditedBy: { equals: user.id } }] },
    ],
  })
}
