import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { nobody } from '../../access/nobody'
import { ownNotifications } from '../../access/ownNotifications'
import { translated } from '../../src/i18n'
import { MAIL_SUBJECTS } from '../../src/workflow/notifications'

/** Its reader may mark a notification read or unread, and change nothing else about it. */
const onlyTheReadMark: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) =>
  operation === 'update' ? { ...originalDoc, read: Boolean(data.read) } : data

/**
 * What the workflow's and the review comments' mails say, kept for the bell in the admin's header: one per recipient,
 * written by the server when it mails them (src/workflow/notifications.ts).
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: {
    singular: { en: 'Notification', zh: '通知' },
    plural: { en: 'Notifications', zh: '通知' },
  },
  defaultSort: '-createdAt',
  admin: { hidden: true, useAsTitle: 'documentTitle' },
  access: { create: nobody, delete: ownNotifications, read: ownNotifications, update: ownNotifications },
  hooks: { beforeChange: [onlyTheReadMark] },
  fields: [
    // Not required: a deleted account's notifications stay, unread by anyone, rather than stop the deletion.
    { name: 'recipient', type: 'relationship', relationTo: 'users', index: true, label: { en: 'For', zh: '接收人' } },
    {
      name: 'subject',
      type: 'select',
      required: true,
      options: MAIL_SUBJECTS.map((value) => ({ label: translated((m) => m.workflow.mail[value]), value })),
      label: { en: 'What happened', zh: '事由' },
    },
    {
      name: 'documentCollection',
      type: 'select',
      required: true,
      options: [
        { label: { en: 'Item', zh: '稿件' }, value: 'items' },
        { label: { en: 'Issue', zh: '期刊' }, value: 'issues' },
      ],
      label: { en: 'Kind', zh: '类型' },
    },
    { name: 'documentID', type: 'text', required: true, label: { en: 'Document', zh: '文档编号' } },
    { name: 'documentTitle', type: 'text', label: { en: 'Title', zh: '标题' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { en: 'By', zh: '操作人' } },
    { name: 'read', type: 'checkbox', defaultValue: false, index: true, label: { en: 'Read', zh: '已读' } },
  ],
}
