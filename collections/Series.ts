import type { CollectionConfig } from 'payload'

import { translated } from '../src/i18n'
import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { slugField } from '../src/fields/slug'
import { issueLabelStyles } from '../src/lib/issueLabel'
import { sharedContentChanged, sharedContentDeleted } from '../src/hooks/announceSharedContentChange'

export const Series: CollectionConfig = {
  slug: 'series',
  labels: {
    singular: { en: 'Series', zh: '刊物系列' },
    plural: { en: 'Series', zh: '刊物系列' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'titleEn', 'frequency'],
    group: translated((m) => m.groups.bulletins),
  },
  access: { create: editors, delete: editors, read: anyone, update: editors },
  hooks: { afterChange: [sharedContentChanged], afterDelete: [sharedContentDeleted] },
  fields: [
    { name: 'title', type: 'text', required: true, label: { en: 'Title (Chinese)', zh: '中文刊名' } },
    { name: 'titleEn', type: 'text', label: { en: 'Title (English)', zh: '英文刊名' } },
    slugField(['titleEn', 'title']),
    {
      type: 'row',
      fields: [
        {
          name: 'publisherInstitute',
          type: 'text',
          required: true,
          label: { en: 'Publishing institute', zh: '主办单位' },
        },
        { name: 'publisherOffice', type: 'text', label: { en: 'Publishing office', zh: '编辑部门' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'frequency',
          type: 'select',
          required: true,
          defaultValue: 'irregular',
          label: { en: 'Frequency', zh: '出版周期' },
          options: [
            { label: { en: 'Monthly', zh: '月刊' }, value: 'monthly' },
            { label: { en: 'Bimonthly', zh: '双月刊' }, value: 'bimonthly' },
            { label: { en: 'Quarterly', zh: '季刊' }, value: 'quarterly' },
            { label: { en: 'Irregular', zh: '不定期' }, value: 'irregular' },
          ],
        },
        {
          name: 'issueLabelStyle',
          type: 'select',
          required: true,
          defaultValue: issueLabelStyles[0],
          label: { en: 'Issue number as printed', zh: '期号格式' },
          options: [
            // The printed form is Chinese in both languages; English says what it is.
            { label: { en: 'Year and bracketed number, e.g. 2023【01】', zh: '2023【01】' }, value: issueLabelStyles[0] },
            { label: { en: 'Year and ordinal number, e.g. 2023年第1期', zh: '2023年第1期' }, value: issueLabelStyles[1] },
          ],
        },
      ],
    },
    { name: 'description', type: 'textarea', label: { en: 'Description', zh: '简介' } },
  ],
}
