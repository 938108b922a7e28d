import type { CheckboxField } from 'payload'

/** Set by the workflow only: whether a published item (or editor's note) shows this document. */
export const publicRecordFlag: CheckboxField = {
  name: 'public',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  label: { en: 'Public (shown in a published item)', zh: '已公开（用于已发布稿件）' },
  access: { create: () => false, update: () => false },
  admin: { position: 'sidebar', readOnly: true },
}
