import type { PayloadRequest } from 'payload'

import type { Issue } from '../payload-types'
import { figureMediaIDs } from '../richtext/uploads'
import { recordAudit } from './audit'
import { workflowContext } from './context'
import { updateFigureVisibility } from './figureVisibility'

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
    await req.payload.update({
      collection: 'items',
      context: workflowContext(),
      data: { _status: 'draft', workflowState: 'approved' },
      depth: 0,
      draft: false,
      id: item.id,
      overrideLock: true,
      req,
    })
    await recordAudit(req, {
      action: 'withdraw',
      collection: 'items',
      documentID: item.id,
      documentTitle: item.title,
      from: item.workflowState,
      to: 'approved',
      note: reason,
    })
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
