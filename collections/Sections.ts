import type { CollectionConfig } from 'payload'

import { translated } from '../src/i18n'
import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { slugField } from '../src/fields/slug'
import { sharedContentChanged, sharedContentDeleted } from '../src/hooks/announceSharedContentChange'

/** Recurring headings (深度分析, 研究动态, …) reused across issues; each issue picks and orders its own. */
export const Sections: CollectionConfig = {
  slug: 'sections',
  labels: {
    singular: { en: 'Section', zh: '栏目' },
    plural: { en: 'Sections', zh: '栏目' },
  },
  defaultSort: 'defaultPosition',
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'nameEn', 'defaultPosition'],
    group: translated((m) => m.groups.bulletins),
  },
  access: { create: editors, delete: editors, read: anyone, update: editors },
  hooks: { afterChange: [sharedContentChanged], afterDelete: [sharedContentDeleted] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Name (Chinese)', zh: '栏目名称' } },
    { name: 'nameEn', type: 'text', label: { en: 'Name (English)', zh: '英文名称' } },
    slugField(['nameEn', 'name']),
    {
      name: 'defaultPosition',
      type: 'number',
      min: 0,
      defaultValue: 100,
      label: { en: 'Default position', zh: '默认排序' },
      admin: {
        description: translated((m) => m.collections.sections.orderDescription),
      },
    },
  ],
}
