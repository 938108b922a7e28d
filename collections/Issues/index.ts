import type { CollectionConfig } from 'payload'

import { translated } from '../../src/i18n'
import { editors } from '../../access/editors'
import { editorsDeleteUnpublished } from '../../access/editorsDeleteUnpublished'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { issueBuilderEndpoints } from '../../src/builder/endpoints'
import { issueImportEndpoints } from '../../src/import/endpoints'
import { printPreviewEndpoints } from '../../src/print/endpoints'
import { staff } from '../../access/staff'
import { workflowEndpoints } from '../../src/workflow/endpoint'
import { assignedReviewerField, deadlineFields } from '../../src/deadlines/fields'
import { changesEndpoint } from '../../src/review/endpoints'
import { workflowEditComponents, workflowEditViews, workflowFields } from '../../src/workflow/fields'
import { applyEditRules } from '../../src/workflow/hooks/applyEditRules'
import { hideDraftsFromPublic } from '../../src/workflow/hooks/hideDraftsFromPublic'
import { keepPublishedCopies } from '../../src/workflow/hooks/keepPublishedCopies'
import { keepPublicationHistory } from '../../src/workflow/hooks/keepPublicationHistory'
import { recordEditTransitions } from '../../src/workflow/hooks/recordEditTransitions'
import { issueStates } from '../../src/workflow/states'
import { refuseMalformedRichText } from '../../src/richtext/validateStructure'
import { deriveLabel } from './hooks/deriveLabel'
import { ensureUniqueNumber } from './hooks/ensureUniqueNumber'
import { rejectRepeatedSections } from './hooks/rejectRepeatedSections'
import { publicationFields } from './publicationFields'

const publicationHistory = keepPublicationHistory('issues')

export const Issues: CollectionConfig = {
  slug: 'issues',
  labels: {
    singular: { en: 'Issue', zh: '期刊' },
    plural: { en: 'Issues', zh: '期刊' },
  },
  defaultSort: '-publicationDate',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'series', 'workflowState', 'publicationDate', 'editors', 'updatedAt'],
    group: translated((m) => m.groups.bulletins),
    components: {
      edit: workflowEditComponents,
      views: {
        import: { Component: '/components/IssueImport#IssueImportView', path: '/import', exact: true },
        list: { actions: ['/components/IssueImport#IssueImportButton'] },
        edit: {
          ...workflowEditViews,
          builder: {
            Component: '/components/IssueBuilder#IssueBuilderView',
            path: '/builder',
            tab: { href: '/builder', label: ({ t }) => t('bulletin:issueBuilder' as never), order: 150 },
          },
        },
      },
    },
  },
  access: {
    create: editors,
    delete: editorsDeleteUnpublished,
    read: publishedOrStaff,
    readVersions: staff,
    update: editors,
  },
  // Every version is kept, as for items: the changes since a review are read from the version saved then.
  versions: { drafts: { validate: true }, maxPerDoc: 0 },
  indexes: [{ fields: ['series', 'year', 'number'], unique: true }],
  endpoints: [...workflowEndpoints('issues'), changesEndpoint('issues'), ...issueBuilderEndpoints, ...printPreviewEndpoints, ...issueImportEndpoints],
  hooks: {
    beforeOperation: [hideDraftsFromPublic, keepPublishedCopies, refuseMalformedRichText],
    beforeChange: [applyEditRules('issues'), rejectRepeatedSections, ensureUniqueNumber, deriveLabel],
    afterChange: [recordEditTransitions('issues')],
    afterDelete: [publicationHistory.afterDelete],
    beforeDelete: [publicationHistory.beforeDelete],
  },
  fields: [
    // First in the sidebar: checking the printed form is what a reviewer opens an issue for.
    {
      name: 'printEdition',
      type: 'ui',
      label: { en: 'Print edition', zh: '打印版' },
      admin: { position: 'sidebar', disableListColumn: true, components: { Field: '/components/PrintEditionLinks#PrintEditionLinks' } },
    },
    ...workflowFields(issueStates, 'planning'),
    assignedReviewerField,
    ...deadlineFields,
    ...publicationFields,
    {
      name: 'series',
      type: 'relationship',
      relationTo: 'series',
      required: true,
      label: { en: 'Series', zh: '刊物系列' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          min: 1949,
          max: 2999,
          label: { en: 'Year', zh: '年份' },
        },
        {
          name: 'number',
          type: 'number',
          required: true,
          min: 1,
          max: 99,
          label: { en: 'Number within the year', zh: '当年期号' },
        },
      ],
    },
    {
      name: 'label',
      type: 'text',
      label: { en: 'Printed number', zh: '印刷期号' },
      admin: { readOnly: true, position: 'sidebar', description: translated((m) => m.collections.issues.labelDescription) },
    },
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', zh: '标题' },
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'publicationDate',
      type: 'date',
      label: { en: 'Publication date', zh: '出版日期' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
    },
    {
      name: 'editors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { en: 'Editors', zh: '责任编辑' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'sections',
      type: 'array',
      label: { en: 'Sections in this issue', zh: '本期栏目' },
      labels: { singular: { en: 'Section', zh: '栏目' }, plural: { en: 'Sections', zh: '栏目' } },
      admin: {
        description: translated((m) => m.collections.issues.sectionsDescription),
      },
      fields: [
        {
          name: 'section',
          type: 'relationship',
          relationTo: 'sections',
          required: true,
          label: { en: 'Section', zh: '栏目' },
        },
        {
          name: 'editorsNote',
          type: 'richText',
          label: { en: "Editor's note", zh: '编者按' },
        },
      ],
    },
  ],
}
