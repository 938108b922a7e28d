import type { FieldHook, TextField, Where } from 'payload'

import { inRequestLanguage, translated } from '../i18n'
import { slugify } from '../lib/slugify'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * A unique, URL-safe slug. Left empty, it is derived from the first of `sourceFields`
 * that has text (English before Chinese gives readable URLs; Chinese becomes pinyin),
 * and a derived slug that is taken gets a numeric suffix instead of an error.
 */
export function slugField(sourceFields: string[]): TextField {
  const deriveSlug: FieldHook = async ({ collection, data, originalDoc, req, value }) => {
    if (typeof value === 'string' && value.trim()) return value.trim().toLowerCase()
    if (originalDoc?.slug) return originalDoc.slug
    const source = sourceFields.map((field) => data?.[field] ?? originalDoc?.[field]).find(Boolean)
    if (typeof source !== 'string' || !collection) return value
    const base = slugify(source) || collection.slug.replace(/s$/, '')
    for (let attempt = 1; ; attempt++) {
      const candidate = attempt === 1 ? base : `${base}-${attempt}`
      const where: Where = { slug: { equals: candidate } }
      if (originalDoc?.id) where.id = { not_equals: originalDoc.id }
      const { totalDocs } = await req.payload.count({ collection: collection.slug as never, req, where })
      if (totalDocs === 0) return candidate
    }
  }

  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    label: { en: 'Slug', zh: '网址别名' },
    admin: {
      position: 'sidebar',
      description: translated((m) => m.fields.slugDescription),
    },
    hooks: { beforeValidate: [deriveSlug] },
    validate: (value: null | string | undefined, { req }) =>
      !value ||
      SLUG_PATTERN.test(value) ||
      inRequestLanguage(req, translated((m) => m.fields.notASlug)),
  }
}
