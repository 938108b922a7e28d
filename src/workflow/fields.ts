import type { Field, FieldAccess } from 'payload'

import type { Translated } from '../i18n'
import { auditActionLabels } from './auditActions'
import { type IssueState, type ItemState, stateOptions, workflowActions } from './states'

/** Only the server's workflow code (with overrideAccess) writes these; no user sets them directly. */
const serverOnly: FieldAccess = () => false

function userField({ hasMany = false, label, name }: { hasMany?: boolean; label: Translated; name: string }): Field {
  return {
    name,
    type: 'relationship',
    relationTo: 'users',
    hasMany,
    label,
    access: { create: serverOnly, update: serverOnly },
    admin: { position: 'sidebar', readOnly: true },
  }
}

/** The state and the people behind it, shown in the sidebar; changed only through transitions. */
export function workflowFields<State extends IssueState | ItemState>(
  states: readonly State[],
  initial: State,
): Field[] {
  return [
    {
      name: 'workflowPanel',
      type: 'ui',
      label: { en: 'Workflow', zh: '流程' },
      // The panel acts on one open document; as a list column it would be an empty cell.
      admin: { position: 'sidebar', disableListColumn: true, components: { Field: '/components/WorkflowPanel#WorkflowPanel' } },
    },
    {
      name: 'workflowState',
      type: 'select',
      required: true,
      index: true,
      defaultValue: initial,
      options: stateOptions(states),
      label: { en: 'Workflow state', zh: '流程状态' },
      access: { create: serverOnly, update: serverOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
    userField({ name: 'createdBy', label: { en: 'Created by', zh: '创建人' } }),
    userField({ name: 'lastEditedBy', label: { en: 'Last edited by', zh: '最后编辑人' } }),
    userField({ name: 'submittedBy', label: { en: 'Submitted by', zh: '提交人' } }),
    // The four-eyes rule holds against these too, so unlinking a credit after submission cannot lift it.
    userField({ name: 'writersAtSubmission', label: { en: 'Writers at submission', zh: '提交时的撰写人' }, hasMany: true }),
    userField({ name: 'approvedBy', label: { en: 'Approved by', zh: '审核人' } }),
    // The workflow event that made this version of the document, and who took it (the 版本 tab).
    {
      name: 'workflowEvent',
      type: 'select',
      options: workflowActions.map((action) => ({ label: auditActionLabels[action], value: action })),
      label: { en: 'Workflow event', zh: '流程事件' },
      access: { create: serverOnly, update: serverOnly },
      admin: { hidden: true },
    },
    {
      name: 'workflowEventBy',
      type: 'relationship',
      relationTo: 'users',
      label: { en: 'Workflow event by', zh: '流程事件操作人' },
      access: { create: serverOnly, update: serverOnly },
      admin: { hidden: true },
    },
  ]
}

/** The 版本 tab lists each version with the workflow event that made it (VersionHistory). */
export const workflowEditViews = {
  versions: { Component: '/components/VersionHistory#VersionHistoryView' },
}

/**
 * Payload's own Publish and Unpublish buttons would bypass review; the workflow panel replaces them.
 * Its draft/published pill gives way to the workflow state, the one status a document has.
 */
export const workflowEditComponents = {
  Status: '/components/WorkflowStatus#WorkflowStatus',
  PublishButton: '/components/PublishedWithIssue#PublishedWithIssue',
  UnpublishButton: '/components/PublishedWithIssue#PublishedWithIssue',
}
