import type { PayloadRequest } from 'payload'

import type { Issue } from '../payload-types'
import { recordAudit } from './audit'
import { workflowContext } from './context'
import { itemsOfIssue, requireItemStates } from './guards'
import { publishIssue } from './publishIssue'
import { BAD_REQUEST, RequestError } from '../lib/RequestError'

/**
 * Publishes an issue just imported from the archive, as it was printed: its items go from draft
 * straight to published (the printed issue was their review) and it keeps its original date as
 * the date it was first published. Runs inside the caller's transaction, like publishIssue.
 */
export async function publishBackIssue(req: PayloadRequest, issue: Issue): Promise<Issue> {
  if (!issue.publicationDate) {
    throw new RequestError(req, BAD_REQUEST, {
      en: 'A back issue comes in published with its original date: give the date it was published.',
      zh: '往期作为已发布导入时须保留原出版日期：请填写出版日期。',
    })
  }
  const items = await itemsOfIssue(req, issue.id)
  requireItemStates(req, items, ['draft'])
  for (const item of items) {
    await req.payload.update({
      collection: 'items',
      context: workflowContext(),
      data: { approvedBy: req.user?.id, workflowState: 'approved' },
      depth: 0,
      draft: true,
      id: item.id,
      overrideLock: true,
      req,
    })
    await recordAudit(req, {
      action: 'import_published',
      collection: 'items',
      documentID: item.id,
      documentTitle: item.title,
      from: item.workflowState,
      to: 'approved',
      note: issue.title,
    })
  }
  return publishIssue(req, { ...issue, publishedAt: issue.publishedAt ?? issue.publicationDate })
}
