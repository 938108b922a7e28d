import type { CollectionConfig } from 'payload'

import { translated } from '../../src/i18n'
import { editors } from '../../access/editors'
import { publicOrStaff } from '../../access/publicOrStaff'
import { mediaDirectory } from '../../src/lib/env'
import { checkUploadLimits } from './hooks/checkUploadLimits'
import { cleanFileName } from './hooks/cleanFileName'
import { sharedContentChanged, sharedContentDeleted } from '../../src/hooks/announceSharedContentChange'
import { keepPublishedRecord } from '../../src/publication/keepPublishedRecord'
import { publicRecordFlag } from '../../src/publication/publicRecordFlag'


const keepPublished = keepPublishedRecord('media', {
  title: (doc) => String(doc.alt ?? doc.filename ?? doc.id),
  refusal: (title) => translated((m) => m.collections.media.shownInPublished({ title })),
})

/** Figures and charts for items; sharp makes a thumbnail, a web size and a print size of each. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { en: 'Image', zh: '图片' },
    plural: { en: 'Images', zh: '图片' },
  },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'figureNumber', 'captionZh', 'public', 'updatedAt'],
    group: translated((m) => m.groups.bulletins),
  },
  access: { create: editors, delete: editors, read: publicOrStaff, update: editors },
  hooks: {
    afterChange: [sharedContentChanged],
    afterDelete: [sharedContentDeleted],
    beforeChange: [keepPublished.beforeChange],
    beforeDelete: [keepPublished.beforeDelete],
    beforeOperation: [cleanFileName, checkUploadLimits],
  },
  upload: {
    staticDir: mediaDirectory(),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/gif'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, withoutEnlargement: true },
      {
        name: 'web',
        width: 1200,
        withoutEnlargement: true,
        formatOptions: { format: 'webp', options: { quality: 82 } },
      },
      { name: 'print', width: 2400, withoutEnlargement: true },
    ],
  },
  fields: [
    publicRecordFlag,
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { en: 'Alternative text', zh: '替代文本' },
      admin: {
        description: translated((m) => m.collections.media.altDescription),
      },
    },
    {
      name: 'figureNumber',
      type: 'text',
      label: { en: 'Figure or table number', zh: '图表编号' },
      admin: { description: translated((m) => m.collections.media.labelDescription) },
    },
    { name: 'captionZh', type: 'text', label: { en: 'Caption (Chinese)', zh: '中文图题' } },
    { name: 'captionEn', type: 'text', label: { en: 'Caption (English)', zh: '英文图题' } },
    {
      name: 'sourceLine',
      type: 'text',
      label: { en: 'Source line', zh: '资料来源' },
      admin: { description: translated((m) => m.collections.media.sourceDescription) },
    },
  ],
}
