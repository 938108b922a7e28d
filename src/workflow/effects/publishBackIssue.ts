import type { PayloadRequest } from 'payload'

import type { Issue } from '../../payload-types'
import { itemsOfIssue } from '../guards'
import { runTransition } from '../runTransition'
import { publishIssue } from './publishIssue'

/**
 * Publishes an issue just imported from the archive, as it was printed: its items are approved by
 * the import (the printed issue was their review) and published with it, and it keeps its original
 * date as the date it was first published. Runs inside the transition's transaction.
 */
export async function publishBackIssue(req: PayloadRequest, issue: Issue): Promise<Issue> {
  for (const item of await itemsOfIssue(req, issue.id)) {
    await runTransition(req, { action: 'import_published', collection: 'items', id: item.id }, { cause: 'archive import', doc: item, note: issue.title ?? undefined })
  }
  return publishIssue(req, { ...issue, publishedAt: issue.publishedAt ?? issue.publicationDate })
}
