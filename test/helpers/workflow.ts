import { createLocalReq, type Payload } from 'payload'

import type { User } from '../../src/payload-types'
import { runTransition, type TransitionRequest } from '../../src/workflow/runTransition'

/** Takes a transition as `user`, the way the REST endpoint does for a signed-in person. */
export async function actAs(payload: Payload, user: User, request: TransitionRequest) {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  return runTransition(req, request, { notify: false })
}

/** Walks every item of the issue and the issue itself through review to publication. */
export async function publishThroughWorkflow(
  payload: Payload,
  issueID: number | string,
  { editor, reviewer }: { editor: User; reviewer: User },
): Promise<void> {
  const { docs: items } = await payload.find({
    collection: 'items',
    depth: 0,
    draft: true,
    pagination: false,
    where: { issue: { equals: issueID } },
  })
  for (const item of items) {
    if (item.workflowState === 'draft' || item.workflowState === 'changes_requested') {
      await actAs(payload, editor, { action: 'submit', collection: 'items', id: item.id })
    }
    if (item.workflowState !== 'approved' && item.workflowState !== 'published') {
      await actAs(payload, reviewer, { action: 'approve', collection: 'items', id: item.id })
    }
  }
  const issue = await payload.findByID({ collection: 'issues', depth: 0, draft: true, id: issueID })
  if (issue.workflowState === 'planning') {
    await actAs(payload, editor, { action: 'submit', collection: 'issues', id: issueID })
    await actAs(payload, reviewer, { action: 'approve', collection: 'issues', id: issueID })
  }
  await actAs(payload, editor, { action: 'publish', collection: 'issues', id: issueID })
}
