import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionConfig } from 'payload'

import { translated } from '../../src/i18n'
import { nobody } from '../../access/nobody'
import { staff } from '../../access/staff'
import { FORBIDDEN, RequestError } from '../../src/lib/RequestError'
import { auditActionLabels, auditActions } from '../../src/workflow/auditActions'
import { issueStates, itemStates, stateOptions } from '../../src/workflow/states'

const workflowStates = [...new Set([...itemStates, ...issueStates])]

const appendOnly = translated((m) => m.collections.auditLog.appendOnly)

/** Even server code that skips access control cannot write history through Payload: entries are appended by recordAudit alone. */
const onlyWorkflowAppends: CollectionBeforeChangeHook = ({ req }) => {
  throw new RequestError(req, FORBIDDEN, appendOnly)
}

const neverDelete: CollectionBeforeDeleteHook = ({ req }) => {
  throw new RequestError(req, FORBIDDEN, appendOnly)
}

/** Every transition and publication: who, when (createdAt), from → to, and a note. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { en: 'Audit entry', zh: '审计记录' },
    plural: { en: 'Audit log', zh: '审计日志' },
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'documentTitle',
    defaultColumns: ['createdAt', 'actor', 'action', 'documentTitle', 'fromState', 'toState'],
    group: translated((m) => m.groups.administration),
  },
  access: { create: nobody, delete: nobody, read: staff, update: nobody },
  hooks: { beforeChange: [onlyWorkflowAppends], beforeDelete: [neverDelete] },
  fields: [
    {
      name: 'documentCollection',
      type: 'select',
      required: true,
      label: { en: 'Kind', zh: '类型' },
      options: [
        { label: { en: 'Item', zh: '稿件' }, value: 'items' },
        { label: { en: 'Issue', zh: '期刊' }, value: 'issues' },
        { label: { en: 'Contributor', zh: '作者' }, value: 'authors' },
      ],
    },
    { name: 'documentID', type: 'text', required: true, index: true, label: { en: 'Document', zh: '文档编号' } },
    { name: 'documentTitle', type: 'text', label: { en: 'Title', zh: '标题' } },
    { name: 'action', type: 'select', required: true, label: { en: 'Action', zh: '操作' }, options: auditActions.map((value) => ({ label: auditActionLabels[value], value })) },
    { name: 'fromState', type: 'select', label: { en: 'From', zh: '原状态' }, options: stateOptions(workflowStates) },
    { name: 'toState', type: 'select', label: { en: 'To', zh: '新状态' }, options: stateOptions(workflowStates) },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { en: 'By', zh: '操作人' } },
    { name: 'note', type: 'textarea', label: { en: 'Note', zh: '备注' } },
  ],
}
