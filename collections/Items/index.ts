import type { CollectionConfig } from 'payload'

import { translated } from '../../src/i18n'
import { editors } from '../../access/editors'
import { editorsDeleteUnpublished } from '../../access/editorsDeleteUnpublished'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { staff } from '../../access/staff'
import { doiField, urlField } from '../../src/fields/identifiers'
import { slugField } from '../../src/fields/slug'
import { creditRoles } from '../../src/lib/credits'
import { workflowEndpoints } from '../../src/workflow/endpoint'
import { assignedReviewerField } from '../../src/deadlines/fields'
import { changesEndpoint } from '../../src/review/endpoints'
import { workflowEditComponents, workflowEditViews, workflowFields } from '../../src/workflow/fields'
import { applyEditRules } from '../../src/workflow/hooks/applyEditRules'
import { hideDraftsFromPublic } from '../../src/workflow/hooks/hideDraftsFromPublic'
import { keepPublishedCopies } from '../../src/workflow/hooks/keepPublishedCopies'
import { keepPublicationHistory } from '../../src/workflow/hooks/keepPublicationHistory'
import { recordEditTransitions } from '../../src/workflow/hooks/recordEditTransitions'
import { itemStates } from '../../src/workflow/states'
import { appendToSection } from './hooks/appendToSection'
import { refuseMalformedRichText } from '../../src/richtext/validateStructure'
import { collectCitations } from './hooks/collectCitations'
import { ensureSectionInIssue } from './hooks/ensureSectionInIssue'

const publicationHistory = keepPublicationHistory('items')

export const Items: CollectionConfig = {
  slug: 'items',
  labels: {
    singular: { en: 'Item', zh: '稿件' },
    plural: { en: 'Items', zh: '稿件' },
  },
  defaultSort: 'position',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'issue', 'section', 'position', 'workflowState', 'credits', 'updatedAt'],
    listSearchableFields: ['title', 'titleEn', 'summary'],
    group: translated((m) => m.groups.bulletins),
    components: {
      beforeListTable: ['/components/ItemQuickFilters#ItemQuickFilters'],
      edit: workflowEditComponents,
      views: { edit: workflowEditViews },
    },
  },
  access: {
    create: editors,
    delete: editorsDeleteUnpublished,
    read: publishedOrStaff,
    readVersions: staff,
    update: editors,
  },
  // Drafts are validated like everything else: a draft is what reviewers open and what gets published.
  // Every version is kept (maxPerDoc 0): the changes since a review and the published record are
  // read from the version saved then, however many saves came after.
  versions: { drafts: { validate: true }, maxPerDoc: 0 },
  endpoints: [...workflowEndpoints('items'), changesEndpoint('items')],
  hooks: {
    beforeOperation: [hideDraftsFromPublic, keepPublishedCopies, refuseMalformedRichText],
    beforeChange: [applyEditRules('items'), ensureSectionInIssue, appendToSection, collectCitations],
    afterChange: [recordEditTransitions('items')],
    afterDelete: [publicationHistory.afterDelete],
    beforeDelete: [publicationHistory.beforeDelete],
  },
  fields: [
    ...workflowFields(itemStates, 'draft'),
    assignedReviewerField,
    { name: 'title', type: 'text', required: true, label: { en: 'Title (Chinese)', zh: '标题' } },
    { name: 'titleEn', type: 'text', label: { en: 'Title (English)', zh: '英文标题' } },
    slugField(['titleEn', 'title']),
    {
      type: 'row',
      fields: [
        {
          name: 'issue',
          type: 'relationship',
          relationTo: 'issues',
          required: true,
          label: { en: 'Issue', zh: '所属期刊' },
        },
        {
          name: 'section',
          type: 'relationship',
          relationTo: 'sections',
          required: true,
          label: { en: 'Section', zh: '栏目' },
        },
        {
          name: 'position',
          type: 'number',
          min: 0,
          label: { en: 'Position in section', zh: '栏目内顺序' },
        },
      ],
    },
    { name: 'summary', type: 'textarea', label: { en: 'Summary', zh: '摘要' } },
    { name: 'body', type: 'richText', label: { en: 'Body', zh: '正文' } },
    {
      name: 'credits',
      type: 'array',
      label: { en: 'Credits', zh: '署名' },
      labels: { singular: { en: 'Credit', zh: '署名' }, plural: { en: 'Credits', zh: '署名' } },
      admin: {
        components: { Cell: '/components/CreditedContributorsCell#CreditedContributorsCell' },
        description: translated((m) => m.collections.items.creditsDescription),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'contributor',
              type: 'relationship',
              relationTo: 'authors',
              required: true,
              label: { en: 'Contributor', zh: '署名人' },
            },
            {
              name: 'role',
              type: 'select',
              required: true,
              defaultValue: 'compiled',
              label: { en: 'Role', zh: '贡献类型' },
              options: creditRoles.map((value) => ({ label: translated((m) => m.collections.items.creditRoles[value]), value })),
            },
          ],
        },
      ],
    },
    {
      name: 'publishedIn',
      type: 'group',
      label: { en: 'Published in (original paper)', zh: '原文出处' },
      admin: {
        description: translated((m) => m.collections.items.publishedInDescription),
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'journal', type: 'text', label: { en: 'Journal', zh: '期刊' } },
            { name: 'date', type: 'date', label: { en: 'Date', zh: '发表日期' } },
          ],
        },
        { name: 'articleTitle', type: 'text', label: { en: 'Article title', zh: '论文标题' } },
        {
          type: 'row',
          fields: [doiField('doi', { label: { en: 'DOI', zh: 'DOI' } }), urlField('url', { label: { en: 'URL', zh: '网址' } })],
        },
      ],
    },
    {
      name: 'keywords',
      type: 'text',
      hasMany: true,
      // More than any item needs; thousands would overrun SQLite's limit on one statement's values.
      maxRows: 50,
      label: { en: 'Keywords', zh: '关键词' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'figures',
      type: 'relationship',
      relationTo: 'media',
      hasMany: true,
      label: { en: 'Figures shown', zh: '文中图片' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: translated((m) => m.collections.items.figuresDescription),
      },
    },
    {
      name: 'references',
      type: 'relationship',
      relationTo: 'references',
      hasMany: true,
      label: { en: 'References cited', zh: '引用文献' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: translated((m) => m.collections.items.footnotesDescription),
      },
    },
  ],
}
