import { createLocalReq, type Payload } from 'payload'

import type { Issue, Item, User } from '../payload-types'
import { runTransition, type TransitionRequest } from '../workflow/runTransition'
import type { IssueState, ItemState } from '../workflow/states'

export type Actors = { editor: User; reviewer: User }

/** The transitions that take a new item to the demo state, and who takes each. */
const ITEM_PATHS: Record<ItemState, Array<{ action: string; by: keyof Actors; comment?: string }>> = {
  draft: [],
  in_review: [{ action: 'submit', by: 'editor' }],
  changes_requested: [
    { action: 'submit', by: 'editor' },
    { action: 'request_changes', by: 'reviewer', comment: '请补充数据来源，并核对第二段中的装机数据。' },
  ],
  approved: [
    { action: 'submit', by: 'editor' },
    { action: 'approve', by: 'reviewer' },
  ],
  published: [
    { action: 'submit', by: 'editor' },
    { action: 'approve', by: 'reviewer' },
  ],
}

const ISSUE_PATHS: Partial<Record<IssueState, Array<{ action: string; by: keyof Actors }>>> = {
  planning: [],
  published: [
    { action: 'submit', by: 'editor' },
    { action: 'approve', by: 'reviewer' },
    { action: 'publish', by: 'editor' },
  ],
}

async function take(payload: Payload, actor: User, request: TransitionRequest) {
  const req = await createLocalReq({ user: { ...actor, collection: 'users' } }, payload)
  return runTransition(req, request, { notify: false })
}

/** Demo content walks the real workflow (editor submits, reviewer approves), so it is consistent with it. */
export async function advanceItem(payload: Payload, actors: Actors, item: Item, target: ItemState): Promise<void> {
  for (const step of ITEM_PATHS[target]) {
    await take(payload, actors[step.by], { action: step.action, collection: 'items', comment: step.comment, id: item.id })
  }
}

export async function advanceIssue(payload: Payload, actors: Actors, issue: Issue, target: IssueState): Promise<void> {
  for (const step of ISSUE_PATHS[target] ?? []) {
    await take(payload, actors[step.by], { action: step.action, collection: 'issues', id: issue.id })
  }
}
