import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { isSystemWrite } from '../../lib/systemContext'
import { relationID } from '../../lib/relationID'
import type { Issue, Item } from '../../payload-types'
import { runTransition } from '../runTransition'
import type { WorkflowCollection, WorkflowState } from '../states'
import { findTransition } from '../transitions'
import { planningOnlyKey } from './applyEditRules'

/**
 * What a saved edit means for the workflow, taken as transitions by the system: an edit of
 * approved or published work reopens it (`edit`), and an item added to or revised in a published
 * issue opens a correction of that issue (`start_correction`), while the public keeps the
 * published version.
 */
export function recordEditTransitions(collection: WorkflowCollection): CollectionAfterChangeHook {
  return async ({ context, doc, operation, previousDoc, req }) => {
    if (isSystemWrite(context) || context[planningOnlyKey(doc.id)]) return doc
    const from = previousDoc?.workflowState as WorkflowState | undefined
    const reopened =
      operation === 'update' && from && findTransition(collection, 'edit', from)
        ? await runTransition(req, { action: 'edit', collection, id: doc.id }, { cause: 'edit', doc })
        : doc
    if (collection === 'items' && (operation === 'create' || from === 'published')) {
      await openCorrection(req, doc as Item)
    }
    return reopened
  }
}

async function openCorrection(req: PayloadRequest, item: Item): Promise<void> {
  const issueID = relationID(item.issue as never)
  if (!issueID) return
  const issue = (await req.payload.findByID({ collection: 'issues', depth: 0, draft: true, id: issueID, req })) as Issue
  if (issue.workflowState !== 'published') return
  await runTransition(req, { action: 'start_correction', collection: 'issues', id: issueID }, { cause: 'edit', doc: issue, note: item.title })
}
