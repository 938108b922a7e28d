import type { Payload, TypedUser } from 'payload'

import type { Issue, Item } from '../../payload-types'
import { relationID } from '../../lib/relationID'
import { itemStates, type ItemState } from '../../workflow/states'

export type IssuePipeline = { id: number | string; title: string; workflowState: string; counts: Record<ItemState, number> }
export type WorkItem = { id: number | string; title: string; issue: string }

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
    id: item.id,
    title: item.title,
    issue: typeof item.issue === 'object' ? ((item.issue as Issue).label ?? '') : '',
  }))
}

/** For reviewers: everything in review that they did not write themselves (four-eyes rule). */
export function awaitingReview(payload: Payload, user: TypedUser): Promise<WorkItem[]> {
  return itemsWhere(payload, {
    and: [{ workflowState: { equals: 'in_review' } }, { lastEditedBy: { not_equals: user.id } }],
  })
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
