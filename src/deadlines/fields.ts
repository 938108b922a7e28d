import type { Field } from 'payload'

import { translated } from '../i18n'

/** The reviewer an item or issue is assigned to; unassigned, every reviewer may take it. */
export const assignedReviewerField: Field = {
  name: 'assignedReviewer',
  type: 'relationship',
  relationTo: 'users',
  filterOptions: { roles: { in: ['reviewer'] } },
  label: { en: 'Assigned reviewer', zh: '指派审核人' },
  admin: { position: 'sidebar', description: translated((m) => m.deadlines.assignedDescription) },
}

const day = { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } as const

/** An issue's two deadlines: its items' copy, then the review. A reminder goes out the day before each. */
export const deadlineFields: Field[] = [
  { name: 'deadline', type: 'date', label: { en: 'Copy deadline', zh: '截稿日期' }, admin: { position: 'sidebar', date: day } },
  { name: 'reviewDeadline', type: 'date', label: { en: 'Review deadline', zh: '审核截止日期' }, admin: { position: 'sidebar', date: day } },
]

/** Fields that plan the work rather than make it: changing only these is not an edit of the content. */
const PLANNING_FIELDS = new Set(['assignedReviewer', 'deadline', 'reviewDeadline'])
/** Fields Payload itself sends back on every save. */
export const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', '_status'])

/**
 * A populated relationship (a document: an id and timestamps) compares as its id, so that sending
 * the assigned reviewer as an object is no change. Rows of arrays and the blocks and uploads of a
 * rich text have ids of their own but no timestamps: they compare in full, what they point at included.
 */
const isPopulatedDocument = (value: unknown): value is { id: unknown } =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && 'id' in (value as object) && ('createdAt' in (value as object) || 'updatedAt' in (value as object))

const comparable = (value: unknown): string => JSON.stringify(value, (_key, inner) => (isPopulatedDocument(inner) ? inner.id : inner) ?? null)

/**
 * Whether a save changes nothing but the planning fields (an assignment, a deadline): then nobody
 * becomes its last editor (the four-eyes rule) and approved work is not reopened.
 */
export function changesOnlyPlanning(data: Record<string, unknown>, originalDoc: Record<string, unknown> | undefined): boolean {
  if (!originalDoc) return false
  const changed = Object.keys(data).filter((field) => !BOOKKEEPING.has(field) && comparable(data[field]) !== comparable(originalDoc[field]))
  return changed.length > 0 && changed.every((field) => PLANNING_FIELDS.has(field))
}
