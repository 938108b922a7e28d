import type { CollectionBeforeChangeHook, Where } from 'payload'

import { translated } from '../../../src/i18n'
import { fieldError } from '../../../src/lib/validationError'

/**
 * The same web page or DOI is one reference, however it was pasted: the values are already
 * normalised by their fields, so an equal value means a second copy of a known reference.
 */
export const rejectDuplicates: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  for (const field of ['doi', 'url'] as const) {
    const value = data[field]
    if (!value || value === originalDoc?.[field]) continue
    const where: Where = { [field]: { equals: value } }
    if (originalDoc?.id) where.id = { not_equals: originalDoc.id }
    const { docs } = await req.payload.find({ collection: 'references', depth: 0, limit: 1, req, where })
    const existing = docs[0]
    if (existing) {
      throw fieldError(req, 'references', field, translated((m) => m.collections.references.alreadyRecorded({ field, id: existing.id, title: existing.title })))
    }
  }
  return data
}
