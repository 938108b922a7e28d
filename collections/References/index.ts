import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { editors } from '../../access/editors'
import { publicOrStaff } from '../../access/publicOrStaff'
import { doiField, urlField, validateURL } from '../../src/fields/identifiers'
import { inRequestLanguage, translated } from '../../src/i18n'
import { rejectDuplicates } from './hooks/rejectDuplicates'
import { sharedContentChanged, sharedContentDeleted } from '../../src/hooks/announceSharedContentChange'
import { keepPublishedRecord } from '../../src/publication/keepPublishedRecord'
import { publicRecordFlag } from '../../src/publication/publicRecordFlag'

/** A citation needs the day, not the hour; the list shows it as 2026-02-05 rather than a time at midnight. */
const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } as const

const keepPublished = keepPublishedRecord('references', {
  title: (doc) => String(doc.title ?? doc.id),
  refusal: (title) => translated((m) => m.collections.references.citedInPublished({ title })),
})

/** The sources that footnotes point at: news pages, papers, reports, policy documents, books. */
export const References: CollectionConfig = {
  slug: 'references',
  labels: {
    singular: { en: 'Reference', zh: '参考文献' },
    plural: { en: 'References', zh: '参考文献' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'sourceOrganisation', 'publishedDate', 'url'],
    listSearchableFields: ['title', 'sourceOrganisation', 'url', 'doi'],
    group: translated((m) => m.groups.bulletins),
  },
  access: { create: editors, delete: editors, read: publicOrStaff, update: editors },
  hooks: {
    afterChange: [sharedContentChanged],
    afterDelete: [sharedContentDeleted],
    beforeChange: [keepPublished.beforeChange, rejectDuplicates],
    beforeDelete: [keepPublished.beforeDelete],
  },
  fields: [
    publicRecordFlag,
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'web_news',
      label: { en: 'Kind', zh: '类型' },
      options: [
        { label: { en: 'Web news', zh: '网络新闻' }, value: 'web_news' },
        { label: { en: 'Journal article', zh: '期刊论文' }, value: 'journal_article' },
        { label: { en: 'Report', zh: '研究报告' }, value: 'report' },
        { label: { en: 'Policy document', zh: '政策文件' }, value: 'policy_document' },
        { label: { en: 'Book', zh: '图书' }, value: 'book' },
      ],
    },
    { name: 'title', type: 'text', required: true, label: { en: 'Title', zh: '题名' } },
    {
      name: 'sourceOrganisation',
      type: 'text',
      label: { en: 'Source organisation', zh: '来源机构' },
      admin: { description: translated((m) => m.collections.references.sourceOrganisationDescription) },
    },
    urlField('url', {
      label: { en: 'URL', zh: '网址' },
      index: true,
      validate: ((value, { req, siblingData }) => {
        const kind = (siblingData as { kind?: string }).kind
        if (!value && kind === 'web_news') return inRequestLanguage(req, translated((m) => m.collections.references.webNewsNeedsURL))
        return validateURL(value, req)
      }) satisfies TextFieldSingleValidation,
    }),
    {
      type: 'row',
      fields: [
        { name: 'journal', type: 'text', label: { en: 'Journal', zh: '期刊' } },
        { name: 'volume', type: 'text', label: { en: 'Volume', zh: '卷' } },
        { name: 'journalIssue', type: 'text', label: { en: 'Issue', zh: '期' } },
        { name: 'pages', type: 'text', label: { en: 'Pages', zh: '页码' } },
      ],
    },
    doiField('doi', { label: { en: 'DOI', zh: 'DOI' }, index: true }),
    {
      type: 'row',
      fields: [
        { name: 'publishedDate', type: 'date', label: { en: 'Published', zh: '发布日期' }, admin: { date: dayOnly } },
        { name: 'accessedDate', type: 'date', label: { en: 'Accessed', zh: '访问日期' }, admin: { date: dayOnly } },
      ],
    },
  ],
}
