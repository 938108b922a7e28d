import { type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionSlug, type FlattenedField, type PayloadRequest, ValidationError } from 'payload'

import { inRequestLanguage, translated } from '../i18n'
import { figureMediaIDs } from '../richtext/uploads'
import { isPlainObject } from './isPlainObject'
import { isSystemWrite } from './systemContext'

type Problem = { message: string; path: string }
type Kind = 'date' | 'id' | 'list' | 'number' | 'object' | 'text' | 'trueOrFalse'
/** Ids a field names, by the collection they are in, with where each was named. */
type Named = Map<CollectionSlug, Array<{ id: number | string; path: string }>>

const isID = (value: unknown) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))

const fits: Record<Kind, (value: unknown) => boolean> = {
  date: (value) => (typeof value === 'string' || typeof value === 'number' || value instanceof Date) && !Number.isNaN(new Date(value as string).getTime()),
  id: (value) => isID(value) || (isPlainObject(value) && (isID(value.id) || isID(value.value))),
  list: Array.isArray,
  number: (value) => (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))),
  object: isPlainObject,
  text: (value) => typeof value === 'string',
  trueOrFalse: (value) => typeof value === 'boolean',
}

const KIND_OF: Partial<Record<FlattenedField['type'], Kind>> = {
  checkbox: 'trueOrFalse',
  code: 'text',
  date: 'date',
  email: 'text',
  number: 'number',
  radio: 'text',
  relationship: 'id',
  select: 'text',
  text: 'text',
  textarea: 'text',
  upload: 'id',
}

/** The id a relationship's value names, as a plain id, a populated document or { relationTo, value }. */
function idOf(value: unknown): number | string | undefined {
  if (isID(value)) return value as number | string
  if (!isPlainObject(value)) return undefined
  const inner = 'value' in value ? value.value : value.id
  return isID(inner) ? (inner as number | string) : isPlainObject(inner) && isID(inner.id) ? (inner.id as number | string) : undefined
}

function note(named: Named, collection: unknown, id: number | string | undefined, path: string): void {
  if (typeof collection !== 'string' || id === undefined) return
  named.set(collection as CollectionSlug, [...(named.get(collection as CollectionSlug) ?? []), { id, path }])
}

function noteNamed(named: Named, field: FlattenedField, value: unknown, path: string): void {
  // A read-only relationship is the server's, derived from fields checked on their own (an item's figures from its body).
  if ((field.type !== 'relationship' && field.type !== 'upload') || field.admin?.readOnly) return
  note(named, Array.isArray(field.relationTo) ? (isPlainObject(value) ? value.relationTo : undefined) : field.relationTo, idOf(value), path)
}

/** What does not fit its field; with `named`, also the ids the data names, by collection. */
function problemsIn(fields: FlattenedField[], data: Record<string, unknown>, prefix: string, req: PayloadRequest, named?: Named): Problem[] {
  return fields.flatMap((field): Problem[] => {
    if (!('name' in field) || !(field.name in data)) return []
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (value === null || value === undefined) return []
    const expected = (kind: Kind): Problem[] => [{ path, message: inRequestLanguage(req, translated((m) => m.shapes.expected[kind])) }]
    if (field.type === 'richText') {
      // Walked only once its structure is checked (refuseMalformedRichText), as it is by then.
      if (named) for (const id of figureMediaIDs(value as Parameters<typeof figureMediaIDs>[0])) note(named, 'media', id, path)
      return []
    }
    if (field.type === 'array') {
      if (!Array.isArray(value)) return expected('list')
      return value.flatMap((row, index) => (isPlainObject(row) ? problemsIn(field.flattenedFields, row, `${path}.${index}.`, req, named) : expected('object')))
    }
    if (field.type === 'group') return isPlainObject(value) ? problemsIn(field.flattenedFields, value, `${path}.`, req, named) : expected('object')
    const kind = KIND_OF[field.type]
    if (!kind) return []
    const many = 'hasMany' in field && field.hasMany
    const values = many ? value : [value]
    if (!Array.isArray(values)) return expected('list')
    if (!values.every(fits[kind])) return expected(kind)
    if (named) for (const single of values) noteNamed(named, field, single, path)
    return []
  })
}

/** Whatever the data names that does not exist: it would fail on the database's foreign keys. */
async function missingIn(named: Named, req: PayloadRequest): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const [collection, names] of named) {
    if (!req.payload.collections[collection]) continue
    const ids = [...new Set(names.map(({ id }) => String(id)))]
    const { docs } = await req.payload.db.find({ collection, limit: ids.length, pagination: false, req, select: {}, where: { id: { in: ids } } })
    const found = new Set(docs.map((doc) => String(doc.id)))
    for (const { id, path } of names) {
      if (!found.has(String(id))) problems.push({ path, message: inRequestLanguage(req, translated((m) => m.shapes.doesNotExist({ id: String(id) }))) })
    }
  }
  return problems
}

/**
 * What a client sends is checked against the fields' kinds before Payload reads it: Payload stores
 * an object given for a text as it is, clears a number given as a word, and hands a list given
 * for one value to the database, which fails on it (a 500). A 400 names each field instead.
 * Server code (the Local API with its access overridden) is trusted.
 */
export const refuseMisshapenData: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { data, overrideAccess } = args as { data?: unknown; overrideAccess?: boolean }
  if ((operation !== 'create' && operation !== 'update') || overrideAccess === true || !isPlainObject(data)) return args
  const problems = problemsIn(collection.flattenedFields, data, '', req)
  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
  return args
}

/**
 * An id a client's data names that exists nowhere would fail on the database's foreign keys (a
 * 500): a 400 names the field. Checked last, after the collection's own hooks, which may say it
 * better (a reply to a comment that does not exist); server code is trusted.
 */
export const refuseMissingDocuments: CollectionBeforeChangeHook = async ({ collection, context, data, req }) => {
  if (req.payloadAPI === 'local' || isSystemWrite(context) || !isPlainObject(data)) return data
  const named: Named = new Map()
  problemsIn(collection.flattenedFields, data, '', req, named)
  const problems = await missingIn(named, req)
  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
  return data
}
