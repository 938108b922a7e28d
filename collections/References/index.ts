import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { editors } from '../../access/editors'
import { publicOrStaff } from '../../access/publicOrStaff'
import { doiField, urlField, validateURL } from '../../src/fields/identifiers'
import { inRequestLanguage } from '../../src/lib/messages'
import { rejectDuplicates } from './hooks/rejectDuplicates'
import { sharedContentChanged, sharedContentDeleted } from '../../src/hooks/announceSharedContentChange'
import { keepPublishedRecord } from '../../src/publication/keepPublishedRecord'
import { publicRecordFlag } from '../../src/publication/publicRecordFlag'

/** A citation needs the day, not the hour; the list shows it as 2026-02-05 rather than a time at midnight. */
const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } as const

const keepPublished = keepPublishedRecord('references', {
  title: (doc) => String(doc.title ?? doc.id),
  refusal: (title) => ({
    en: `The reference “${title}” is cited in a published issue, so it is not changed or deleted in place: published content changes only through a reviewed correction. Enter the corrected reference as a new one, cite it instead in a correction of the items, and publish the correction once it is approved.`,
    zh: `参考文献“${title}”已被已发布的期刊引用，不能直接修改或删除：已发布的内容只能通过审核后的勘误改变。请将更正后的文献另行录入，在勘误中把相关脚注改为引用它，审核通过后发布勘误。`,
  }),
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
    group: { en: 'Bulletins', zh: '刊物' },
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
      admin: { description: { en: 'e.g. NSF, MIT News, 科技部', zh: '如 NSF、MIT News、科技部' } },
    },
    urlField(
      'url',
      { en: 'URL', zh: '网址' },
      {
        index: true,
        validate: ((value, { req, siblingData }) => {
          const kind = (siblingData as { kind?: string }).kind
          if (!value && kind === 'web_news') {
            return inRequestLanguage(req, {
              en: 'A web news reference needs the address of the page.',
              zh: '网络新闻类文献必须填写网址。',
            })
          }
          return validateURL(value, req)
        }) satisfies TextFieldSingleValidation,
      },
    ),
    {
      type: 'row',
      fields: [
        { name: 'journal', type: 'text', label: { en: 'Journal', zh: '期刊' } },
        { name: 'volume', type: 'text', label: { en: 'Volume', zh: '卷' } },
        { name: 'journalIssue', type: 'text', label: { en: 'Issue', zh: '期' } },
        { name: 'pages', type: 'text', label: { en: 'Pages', zh: '页码' } },
      ],
    },
    doiField('doi', { en: 'DOI', zh: 'DOI' }, { index: true }),
    {
      type: 'row',
      fields: [
        { name: 'publishedDate', type: 'date', label: { en: 'Published', zh: '发布日期' }, admin: { date: dayOnly } },
        { name: 'accessedDate', type: 'date', label: { en: 'Accessed', zh: '访问日期' }, admin: { date: dayOnly } },
      ],
    },
  ],
}
