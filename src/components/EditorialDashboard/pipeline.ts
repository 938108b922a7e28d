import { createLocalReq, type Payload, type TypedUser } from 'payload'

import type { Issue, Item } from '../../payload-types'
import { isoDay } from '../../lib/officeDay'
import { relationID } from '../../lib/relationID'
import { mayReview } from '../../workflow/guards'
import { itemStates, type ItemState } from '../../workflow/states'

export type IssuePipeline = { id: number | string; title: string; workflowState: string; counts: Record<ItemState, number> }
/** A piece of someone's work: `due` is its deadline (YYYY-MM-DD), `overdue` once that day has passed in the office. */
export type WorkItem = { collection: 'issues' | 'items'; id: number | string; title: string; issue: string; due?: string; overdue?: boolean }

function deadline(date: null | string | undefined, today: string): Pick<WorkItem, 'due' | 'overdue'> {
  if (!date) return {}
  const due = isoDay(new Date(date))
  return { due, overdue: due < today }
}

const issueOf = (item: Item) => (typeof item.issue === 'object' ? (item.issue as Issue) : undefined)
const assignedTo = (doc: Issue | Item, user: TypedUser) => {
  const assigned = relationID(doc.assignedReviewer as never)
  return assigned === undefined || String(assigned) === String(user.id)
}

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
  const today = isoDay(new Date())
  return docs.map((item: Item) => ({
    collection: 'items' as const,
    id: item.id,
    title: item.title,
    issue: issueOf(item)?.label ?? '',
    ...deadline(issueOf(item)?.deadline, today),
  }))
}

/**
 * For reviewers: the issues and items in review assigned to them or to nobody that the four-eyes
 * rule lets them review, issues first, each with the review deadline of its issue.
 */
export async function awaitingReview(payload: Payload, user: TypedUser): Promise<WorkItem[]> {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as TypedUser }, payload)
  const [{ docs: issues }, { docs: items }] = await Promise.all([
    payload.find({ collection: 'issues', depth: 0, draft: true, limit: 20, sort: '-updatedAt', where: { workflowState: { in: ['in_review', 'correction_review'] } } }),
    payload.find({ collection: 'items', depth: 1, draft: true, limit: 20, sort: '-updatedAt', where: { workflowState: { equals: 'in_review' } } }),
  ])
  const today = isoDay(new Date())
  const work: WorkItem[] = []
  for (const issue of issues) {
    if (!assignedTo(issue, user) || !(await mayReview(req, issue, 'issues'))) continue
    work.push({ collection: 'issues', id: issue.id, title: issue.title ?? issue.label ?? String(issue.id), issue: issue.label ?? '', ...deadline(issue.reviewDeadline, today) })
  }
  for (const item of items) {
    if (!assignedTo(item, user) || !(await mayReview(req, item, 'items'))) continue
    work.push({ collection: 'items', id: item.id, title: item.title, issue: issueOf(item)?.label ?? '', ...deadline(issueOf(item)?.reviewDeadline, today) })
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
