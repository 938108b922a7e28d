import type { Field } from 'payload'

/** Set by publishing, scheduling and withdrawing (src/workflow); read-only for people. */
export const publicationFields: Field[] = [
  {
    name: 'scheduledPublishAt',
    type: 'date',
    label: { en: 'Scheduled for', zh: '定时发布时间' },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'publishedAt',
    type: 'date',
    label: { en: 'First published', zh: '首次发布时间' },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'withdrawalReason',
    type: 'textarea',
    label: { en: 'Reason for withdrawal', zh: '撤回原因' },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.withdrawalReason) },
  },
  {
    name: 'footnoteNumbers',
    type: 'json',
    label: { en: 'Footnote numbers frozen at publication', zh: '发布时确定的脚注编号' },
    admin: { hidden: true },
  },
]
