import type { CollectionBeforeChangeHook } from 'payload'

import { isWorkflowWrite } from '../context'
import type { IssueState, ItemState, WorkflowCollection } from '../states'
import { CONFLICT, RequestError } from '../../lib/RequestError'

const PROTECTED_FIELDS: Record<WorkflowCollection, string[]> = {
  items: ['workflowState', 'createdBy', 'lastEditedBy', 'submittedBy', 'writersAtSubmission', 'approvedBy'],
  issues: [
    'workflowState',
    'createdBy',
    'lastEditedBy',
    'submittedBy',
    'writersAtSubmission',
    'approvedBy',
    'scheduledPublishAt',
    'publishedAt',
    'footnoteNumbers',
    'withdrawalReason',
  ],
}

const INITIAL_STATE: Record<WorkflowCollection, IssueState | ItemState> = { items: 'draft', issues: 'planning' }

/** A content edit reopens what was approved or published: approval was for the old text. */
const REOPENED: Record<WorkflowCollection, Partial<Record<string, IssueState | ItemState>>> = {
  items: { approved: 'draft', published: 'draft' },
  issues: { approved: 'planning', published: 'correction' },
}

/**
 * Content edits from any door (admin, REST, GraphQL, Local API): workflow fields keep their
 * values (only transitions change them), the editor is remembered for the four-eyes rule,
 * an edit reopens approved or published work, and nothing is published except by the workflow.
 */
export function applyEditRules(collection: WorkflowCollection): CollectionBeforeChangeHook {
  return ({ context, data, operation, originalDoc, req }) => {
    if (isWorkflowWrite(context)) return data
    const resultingStatus = data._status ?? originalDoc?._status
    if (resultingStatus === 'published') {
      throw new RequestError(req, CONFLICT, {
        en: 'Published content is not changed or published directly: save a draft. Approved work is published with its issue.',
        zh: '已发布的内容不能直接修改或发布：请保存为草稿，审核通过后随本期发布。',
      })
    }
    if (originalDoc?.workflowState === 'withdrawn') {
      throw new RequestError(req, CONFLICT, {
        en: 'This issue was withdrawn and can no longer be edited.',
        zh: '本期已撤回，不能再编辑。',
      })
    }

    const next: Record<string, unknown> = { ...data }
    for (const field of PROTECTED_FIELDS[collection]) {
      if (operation === 'update') next[field] = originalDoc?.[field]
      else delete next[field]
    }
    const editor = req.user?.collection === 'users' ? req.user.id : undefined
    if (operation === 'create') {
      next.workflowState = INITIAL_STATE[collection]
      next.createdBy = editor
      next.lastEditedBy = editor
      return next
    }
    if (editor) next.lastEditedBy = editor
    const reopened = REOPENED[collection][originalDoc?.workflowState]
    if (reopened) {
      next.workflowState = reopened
      next.approvedBy = null
      if (collection === 'issues') next.scheduledPublishAt = null
    }
    return next
  }
}
