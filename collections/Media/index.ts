import type { CollectionConfig } from 'payload'

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
  refusal: (title) => ({
    en: `The image “${title}” is shown in a published issue, so it is not changed or deleted in place: published content changes only through a reviewed correction. Upload the new image, put it in the items in a correction, and publish the correction once it is approved.`,
    zh: `图片“${title}”已用于已发布的期刊，不能直接修改或删除：已发布的内容只能通过审核后的勘误改变。请上传新图片，在勘误中替换到相关稿件，审核通过后发布勘误。`,
  }),
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
    group: { en: 'Bulletins', zh: '刊物' },
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
        description: {
          en: 'What the image shows, for readers who cannot see it.',
          zh: '描述图片内容，供无法看到图片的读者使用。',
        },
      },
    },
    {
      name: 'figureNumber',
      type: 'text',
      label: { en: 'Figure or table number', zh: '图表编号' },
      admin: { description: { en: 'e.g. 图 1 or 表 2', zh: '如“图 1”或“表 2”' } },
    },
    { name: 'captionZh', type: 'text', label: { en: 'Caption (Chinese)', zh: '中文图题' } },
    { name: 'captionEn', type: 'text', label: { en: 'Caption (English)', zh: '英文图题' } },
    {
      name: 'sourceLine',
      type: 'text',
      label: { en: 'Source line', zh: '资料来源' },
      admin: { description: { en: 'e.g. 数据来源：…', zh: '如“数据来源：……”' } },
    },
  ],
}
