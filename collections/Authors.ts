import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { translated } from '../src/i18n'
import { editors } from '../access/editors'
import { publicOrStaff } from '../access/publicOrStaff'
import { staffField } from '../access/staff'
import { creditEndpoints } from '../src/credits/endpoints'
import { slugField } from '../src/fields/slug'
import { normalizeName, sortKey, toPinyin } from '../src/lib/names'
import { sharedContentChanged, sharedContentDeleted } from '../src/hooks/announceSharedContentChange'
import { keepPublishedRecord } from '../src/publication/keepPublishedRecord'
import { publicRecordFlag } from '../src/publication/publicRecordFlag'

/** The printed form (黄 健) stays as typed; matching and sorting use derived forms. */
const deriveNameForms: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const displayName: string | undefined = data.displayName ?? originalDoc?.displayName
  if (!displayName) return data
  return {
    ...data,
    normalizedName: normalizeName(displayName),
    sortName: sortKey(displayName),
    romanizedName: data.romanizedName || originalDoc?.romanizedName || toPinyin(normalizeName(displayName)),
  }
}

const keepPublished = keepPublishedRecord('authors', {
  fields: ['displayName', 'kind'],
  title: (doc) => String(doc.displayName ?? doc.id),
  refusal: (name) => translated((m) => m.collections.authors.creditedInPublished({ name })),
})

export const Authors: CollectionConfig = {
  slug: 'authors',
  labels: {
    singular: { en: 'Contributor', zh: '作者' },
    plural: { en: 'Contributors', zh: '作者' },
  },
  defaultSort: 'sortName',
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'kind', 'romanizedName', 'affiliation', 'updatedAt'],
    listSearchableFields: ['displayName', 'normalizedName', 'romanizedName'],
    group: translated((m) => m.groups.bulletins),
  },
  access: { create: editors, delete: editors, read: publicOrStaff, update: editors },
  endpoints: creditEndpoints,
  hooks: {
    afterChange: [sharedContentChanged],
    afterDelete: [sharedContentDeleted],
    beforeChange: [keepPublished.beforeChange, deriveNameForms],
    beforeDelete: [keepPublished.beforeDelete],
  },
  fields: [
    publicRecordFlag,
    {
      name: 'displayName',
      type: 'text',
      required: true,
      label: { en: 'Name as printed', zh: '署名' },
      admin: {
        description: translated((m) => m.collections.authors.displayNameDescription),
      },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'person',
      label: { en: 'Kind', zh: '类型' },
      options: [
        { label: { en: 'Person', zh: '个人' }, value: 'person' },
        { label: { en: 'Organisation (source media)', zh: '机构（来源媒体）' }, value: 'organisation' },
      ],
    },
    {
      name: 'romanizedName',
      type: 'text',
      label: { en: 'Pinyin or English name', zh: '拼音或英文名' },
      admin: { description: translated((m) => m.collections.authors.slugDescription) },
    },
    slugField(['romanizedName', 'displayName']),
    {
      name: 'normalizedName',
      type: 'text',
      index: true,
      label: { en: 'Name for matching', zh: '规范化姓名' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'sortName',
      type: 'text',
      index: true,
      label: { en: 'Sort key', zh: '排序键' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'affiliation', type: 'text', label: { en: 'Affiliation', zh: '单位' } },
    {
      name: 'email',
      type: 'email',
      label: { en: 'E-mail', zh: '电子邮箱' },
      access: { read: staffField },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      label: { en: 'Login account', zh: '登录账号' },
      access: { read: staffField },
      admin: { position: 'sidebar' },
    },
  ],
}
