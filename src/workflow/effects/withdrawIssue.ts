import type { PayloadRequest } from 'payload'

import type { Issue } from '../../payload-types'
import { shownByItems, shownByNotes, updatePublicRecord } from '../../publication/publicRecord'
import { publishedCopies } from '../guards'
import { runTransition } from '../runTransition'
import { writeState } from './writeState'

/** Takes a published issue and its items (each item's own `withdraw` transition) off the public record; the reason stays on the issue. */
export async function withdrawIssue(req: PayloadRequest, issue: Issue, reason: string): Promise<Issue> {
  // The published copies decide, not the newest drafts: a revised item is still public until now.
  const publicItems = await publishedCopies(req, issue.id)
  for (const item of publicItems) {
    await runTransition(req, { action: 'withdraw', collection: 'items', id: item.id }, { cause: 'issue withdrawal', doc: item, note: reason })
  }
  const { media = [], references = [] } = shownByNotes(issue)
  const shown = shownByItems(publicItems)
  await updatePublicRecord(req, { hiddenUnlessShown: { ...shown, media: [...shown.media, ...media], references: [...shown.references, ...references] } })
  return writeState(req, 'issues', issue.id, { _status: 'draft', withdrawalReason: reason, workflowState: 'withdrawn' }, { draft: false }) as Promise<Issue>
}
