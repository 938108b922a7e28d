import type { PayloadRequest } from 'payload'

import type { Issue } from '../payload-types'
import { figureMediaIDs } from '../richtext/uploads'
import { workflowContext } from './context'
import { updateFigureVisibility } from './figureVisibility'
import { setItemPublication } from './setItemPublication'

/** Takes a published issue and its items off the public record; the reason stays on the issue. */
export async function withdrawIssue(req: PayloadRequest, issue: Issue, reason: string): Promise<Issue> {
  // The published copies decide, not the newest drafts: a revised item is still public until now.
  const { docs: publicItems } = await req.payload.find({
    collection: 'items',
    depth: 0,
    draft: false,
    pagination: false,
    req,
    where: { and: [{ issue: { equals: issue.id } }, { _status: { equals: 'published' } }] },
  })
  for (const item of publicItems) {
    await setItemPublication(req, item, { action: 'withdraw', note: reason, state: 'approved', status: 'draft' })
  }
  await updateFigureVisibility(req, [
    ...publicItems.flatMap((item) => figureMediaIDs(item.body)),
    ...(issue.sections ?? []).flatMap((row) => figureMediaIDs(row.editorsNote)),
  ])
  return req.payload.update({
    collection: 'issues',
    context: workflowContext(),
    data: { _status: 'draft', withdrawalReason: reason, workflowState: 'withdrawn' },
    depth: 0,
    draft: false,
    id: issue.id,
    overrideLock: true,
    req,
  })
}
