import type { PayloadRequest } from 'payload'

import type { Issue } from '../payload-types'
import { shownByItems, shownByNotes, updatePublicRecord } from '../publication/publicRecord'
import { workflowContext } from './context'
import { publishedCopies } from './guards'
import { setItemPublication } from './setItemPublication'

/** Takes a published issue and its items off the public record; the reason stays on the issue. */
export async function withdrawIssue(req: PayloadRequest, issue: Issue, reason: string): Promise<Issue> {
  // The published copies decide, not the newest drafts: a revised item is still public until now.
  const publicItems = await publishedCopies(req, issue.id)
  for (const item of publicItems) {
    await setItemPublication(req, item, { action: 'withdraw', note: reason, state: 'approved', status: 'draft' })
  }
  const { media = [], references = [] } = shownByNotes(issue)
  const shown = shownByItems(publicItems)
  await updatePublicRecord(req, { ...shown, media: [...shown.media, ...media], references: [...shown.references, ...references] })
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
