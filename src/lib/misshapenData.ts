import { type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionSlug, type FlattenedField, type PayloadRequest, ValidationError } from 'payload'

import { inRequestLanguage, translated } from '../i18n'
import { isSystemWrite } from './systemContext'

type Problem = { message: string; path: string }
type Kind = 'date' | 'id' | 'list' | 'number' | 'object' | 'text' | 'trueOrFalse'
/** Ids a field names, by the collection they are in, with where each was named. */
type Named = Map<CollectionSlug, Array<{ id: number | string; path: string }>>

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isID = (value: unknown) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))

const fits: Record<Kind, (value: unknown) => boolean> = {
  date: (value) => (typeof value === 'string' || typeof value === 'number' || value instanceof Date) && !Number.isNaN(new Date(value as string).getTime()),
  id: (value) => isID(value) || (isObject(value) && (isID(value.id) || isID(value.value))),
  list: Array.isArray,
  number: (value) => (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))),
  object: isObject,
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
  if (!isObject(value)) return undefined
  const inner = 'value' in value ? value.value : value.id
  return isID(inner) ? (inner as number | string) : isObject(inner) && isID(inner.id) ? (inner.id as number | string) : undefined
}

function noteNamed(named: Named, field: FlattenedField, value: unknown, path: string): void {
  // A read-only relationship is the server's, derived from fields checked on their own (an item's figures from its body).
  if ((field.type !== 'relationship' && field.type !== 'upload') || field.admin?.readOnly) return
  const relationTo = Array.isArray(field.relationTo) ? (isObject(value) ? value.relationTo : undefined) : field.relationTo
  const id = idOf(value)
  if (typeof relationTo !== 'string' || id === undefined) return
  const list = named.get(relationTo as CollectionSlug) ?? []
  list.push({ id, path })
  named.set(relationTo as CollectionSlug, list)
}

/** The images a rich text shows, as its upload nodes name them. */
function noteUploads(named: Named, node: unknown, path: string): void {
  if (!isObject(node)) return
  if (node.type === 'upload' && typeof node.relationTo === 'string') {
    const id = idOf(node.value)
    if (id !== undefined) named.set(node.relationTo as CollectionSlug, [...(named.get(node.relationTo as CollectionSlug) ?? []), { id, path }])
  }
  const children = node.root !== undefined ? [node.root] : node.children
  if (Array.isArray(children)) for (const child of children) noteUploads(named, child, path)
}

function problemsIn(fields: FlattenedField[], data: Record<string, unknown>, prefix: string, named: Named, req: PayloadRequest): Problem[] {
  return fields.flatMap((field): Problem[] => {
    if (!('name' in field) || !(field.name in data)) return []
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (value === null || value === undefined) return []
    const expected = (kind: Kind): Problem[] => [{ path, message: inRequestLanguage(req, translated((m) => m.shapes.expected[kind])) }]
    if (field.type === 'richText') {
      noteUploads(named, value, path)
      return []
    }
    if (field.type === 'array') {
      if (!Array.isArray(value)) return expected('list')
      return value.flatMap((row, index) => (isObject(row) ? problemsIn(field.flattenedFields, row, `${path}.${index}.`, named, req) : expected('object')))
    }
    if (field.type === 'group') return isObject(value) ? problemsIn(field.flattenedFields, value, `${path}.`, named, req) : expected('object')
    const kind = KIND_OF[field.type]
    if (!kind) return []
    const many = 'hasMany' in field && field.hasMany
    const values = many ? value : [value]
    if (!Array.isArray(values)) return expected('list')
    if (!values.every(fits[kind])) return expected(kind)
    for (const single of values) noteNamed(named, field, single, path)
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
  if ((operation !== 'create' && operation !== 'update') || overrideAccess === true || !isObject(data)) return args
  const problems = problemsIn(collection.flattenedFields, data, '', new Map(), req)
  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
  return args
}

/**
 * An id a client's data names that exists nowhere would fail on the database's foreign keys (a
 * 500): a 400 names the field. Checked last, after the collection's own hooks, which may say it
 * better (a reply to a comment that does not exist); server code is trusted.
 */
export const refuseMissingDocuments: CollectionBeforeChangeHook = async ({ collection, context, data, req }) => {
  if (req.payloadAPI === 'local' || isSystemWrite(context) || !isObject(data)) return data
  const named: Named = new Map()
  problemsIn(collection.flattenedFields, data, '', named, req)
  const problems = await missingIn(named, req)
  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems }, req.t)
  return data
}
