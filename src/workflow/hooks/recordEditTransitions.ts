import type { CollectionAfterChangeHook } from 'payload'

import type { Issue, Item } from '../../payload-types'
import { relationID } from '../../lib/relationID'
import { recordAudit } from '../audit'
import { isWorkflowWrite, workflowContext } from '../context'
import type { WorkflowCollection } from '../states'

/**
 * State changes caused by an edit (approved → draft, published → correction) go into the audit
 * log like any transition. An item added to or revised in a published issue opens a correction
 * of that issue, while the public keeps the published version.
 */
export function recordEditTransitions(collection: WorkflowCollection): CollectionAfterChangeHook {
  return async ({ context, doc, operation, previousDoc, req }) => {
    if (isWorkflowWrite(context)) return doc
    const from = operation === 'create' ? null : previousDoc?.workflowState
    if (operation === 'update' && from !== doc.workflowState) {
      await recordAudit(req, {
        action: 'edit',
        collection,
        documentID: doc.id,
        documentTitle: doc.title,
        from,
        to: doc.workflowState,
      })
    }
    if (collection === 'items' && (operation === 'create' || from === 'published')) {
      await openCorrection(req, doc as Item)
    }
    return doc
  }
}

async function openCorrection(req: Parameters<CollectionAfterChangeHook>[0]['req'], item: Item): Promise<void> {
  const issueID = relationID(item.issue as never)
  if (!issueID) return
  const issue = (await req.payload.findByID({ collection: 'issues', depth: 0, draft: true, id: issueID, req })) as Issue
  if (issue.workflowState !== 'published') return
  await req.payload.update({
    collection: 'issues',
    context: workflowContext(),
    data: { workflowState: 'correction' },
    depth: 0,
    draft: true,
    id: issueID,
    overrideLock: true,
    req,
  })
  await recordAudit(req, {
    action: 'start_correction',
    collection: 'issues',
    documentID: issueID,
    documentTitle: issue.title,
    from: 'published',
    to: 'correction',
    note: item.title,
  })
}
