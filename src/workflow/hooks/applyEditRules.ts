import type { CollectionBeforeChangeHook } from 'payload'

import { translated } from '../../i18n'
import { BAD_REQUEST, CONFLICT, RequestError } from '../../lib/RequestError'
import { changesOnlyPlanning } from '../../deadlines/fields'
import { isSystemWrite } from '../../lib/systemContext'
import { initialState, type WorkflowCollection } from '../states'

/** Marks, per document, a save that only assigns or schedules: recordEditTransitions then reopens nothing. */
export const planningOnlyKey = (id: unknown) => `bulletin:planningOnly:${String(id)}`

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

/**
 * Content edits from any door (admin, REST, GraphQL, Local API): workflow fields keep their values
 * (only transitions change them, and the `edit` transition reopens approved or published work once
 * the edit is saved: see recordEditTransitions), the editor is remembered for the four-eyes rule,
 * and nothing is published except by the workflow.
 */
export function applyEditRules(collection: WorkflowCollection): CollectionBeforeChangeHook {
  return ({ context, data, operation, originalDoc, req }) => {
    if (isSystemWrite(context)) return data
    if (data._status !== undefined && data._status !== 'draft' && data._status !== 'published') {
      throw new RequestError(req, BAD_REQUEST, translated((m) => m.workflow.statusIsTheWorkflows))
    }
    const resultingStatus = data._status ?? originalDoc?._status
    if (resultingStatus === 'published') {
      throw new RequestError(req, CONFLICT, translated((m) => m.workflow.publishedNotEditedDirectly))
    }
    if (originalDoc?.workflowState === 'withdrawn') {
      throw new RequestError(req, CONFLICT, translated((m) => m.workflow.withdrawnNotEditable))
    }

    const next: Record<string, unknown> = { ...data }
    for (const field of PROTECTED_FIELDS[collection]) {
      if (operation === 'update') next[field] = originalDoc?.[field]
      else delete next[field]
    }
    // A person's save is no workflow event: its version says so.
    next.workflowEvent = null
    next.workflowEventBy = null
    if (operation === 'update' && changesOnlyPlanning(data, originalDoc)) {
      context[planningOnlyKey(originalDoc?.id)] = true
      return next
    }
    const editor = req.user?.collection === 'users' ? req.user.id : undefined
    if (operation === 'create') {
      next.workflowState = initialState[collection]
      next.createdBy = editor
      next.lastEditedBy = editor
      return next
    }
    if (editor) next.lastEditedBy = editor
    return next
  }
}
