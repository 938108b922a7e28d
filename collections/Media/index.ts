import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { editors } from '../../access/editors'
import { publicMediaOrStaff } from '../../access/publicMediaOrStaff'
import { checkUploadLimits } from './hooks/checkUploadLimits'
import { sharedContentChanged, sharedContentDeleted } from '../../src/hooks/announceSharedContentChange'

export const mediaDirectory = path.resolve(process.env.MEDIA_DIR || path.join(process.cwd(), 'media'))

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
  access: { create: editors, delete: editors, read: publicMediaOrStaff, update: editors },
  hooks: { afterChange: [sharedContentChanged], afterDelete: [sharedContentDeleted], beforeOperation: [checkUploadLimits] },
  upload: {
    staticDir: mediaDirectory,
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
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { en: 'Public (shown in a published item)', zh: '已公开（用于已发布稿件）' },
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
    },
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
