import {
  buildVersionCollectionFields,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  NotFound,
  type Payload,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'

import { type Translated, translated } from '../i18n'
import { BAD_REQUEST, RequestError } from './RequestError'

const COMPARISONS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const LISTS = new Set(['in', 'not_in', 'all'])
const GEOMETRY = new Set(['near', 'within', 'intersects'])
const TEXT_SEARCHES = new Set(['like', 'not_like', 'contains'])
const NOT_TEXTS = new Set(['checkbox', 'date', 'id', 'number', 'point', 'relationship', 'upload'])
const WITH_WHERE = new Set(['count', 'countVersions', 'delete', 'read', 'readDistinct', 'update'])

type Target = FlattenedField | 'id'
/** Where a path goes into a rich text, which no adapter filters on reliably. */
const INSIDE_RICH_TEXT = 'inside rich text'

/** One value: a text, number or truth, or an instance such as a Date or a MongoDB ObjectId that server code passes; not a plain object or a list. */
const isScalar = (value: unknown) =>
  value === null || typeof value !== 'object' || (!Array.isArray(value) && ![Object.prototype, null].includes(Object.getPrototypeOf(value)))
/** A polymorphic relationship may be compared with { relationTo, value }. */
const isRelationValue = (value: unknown) => Boolean(value) && typeof value === 'object' && !Array.isArray(value) && 'value' in (value as object) && isScalar((value as { value: unknown }).value)

/** SQLite numbers its documents; MongoDB names them with 24 hex digits. */
function isWellFormedID(payload: Payload, given: unknown): boolean {
  const value = isRelationValue(given) ? (given as { value: unknown }).value : given
  if (value === null) return true
  if (payload.db.defaultIDType === 'number') return typeof value === 'number' ? Number.isInteger(value) : /^\d{1,15}$/.test(String(value))
  return /^[0-9a-f]{24}$/i.test(String(value))
}

/** The field a filter path ends at: through groups, arrays and tabs, and along relationships. */
function fieldAt(payload: Payload, fields: FlattenedField[], path: string[]): Target | typeof INSIDE_RICH_TEXT | undefined {
  const [name, ...rest] = path
  if (name === 'id' && rest.length === 0) return 'id'
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field || rest.length === 0) return field
  if (field.type === 'richText') return INSIDE_RICH_TEXT
  if (field.type === 'relationship' || field.type === 'upload') {
    if (rest.length === 1 && (rest[0] === 'id' || rest[0] === 'value')) return 'id'
    const related = typeof field.relationTo === 'string' ? payload.collections[field.relationTo]?.config : undefined
    return related ? fieldAt(payload, related.flattenedFields, rest) : undefined
  }
  if ('flattenedFields' in field && field.flattenedFields) return fieldAt(payload, field.flattenedFields, rest)
  return undefined
}

function valuesOf(operator: string, value: unknown): unknown[] {
  if (!LISTS.has(operator)) return [value]
  if (Array.isArray(value)) return value
  return typeof value === 'string' ? value.split(',') : [value]
}

/** What is wrong with comparing the field with the value, in words, or nothing. */
function mismatch(payload: Payload, target: Target, operator: string, value: unknown): Translated | undefined {
  const type = target === 'id' ? 'id' : target.type
  if (GEOMETRY.has(operator) && type !== 'point') {
    return translated((m) => m.queries.pointsOnly({ operator }))
  }
  const operators = (payload.db as { operators?: Record<string, unknown> }).operators
  if (operators && (COMPARISONS.has(operator) || TEXT_SEARCHES.has(operator)) && !operators[operator]) {
    return translated((m) => m.queries.unsupported({ operator }))
  }
  if (TEXT_SEARCHES.has(operator)) {
    if (NOT_TEXTS.has(type)) return translated((m) => m.queries.textsOnly({ operator }))
    if (!isScalar(value)) return translated((m) => m.queries.notOneValue({ shown: JSON.stringify(value) }))
    return undefined
  }
  if (!COMPARISONS.has(operator)) return undefined
  for (const candidate of valuesOf(operator, value)) {
    if (candidate === null || candidate === undefined) continue
    const shown = JSON.stringify(candidate)
    if (!isScalar(candidate) && !isRelationValue(candidate)) return translated((m) => m.queries.notOneValue({ shown }))
    if ((type === 'id' || type === 'relationship' || type === 'upload') && !isWellFormedID(payload, candidate)) {
      return translated((m) => m.queries.notADocumentID({ shown }))
    }
    if (type === 'date' && Number.isNaN(Date.parse(String(candidate)))) {
      return translated((m) => m.queries.notADate({ shown }))
    }
    if (type === 'number' && !Number.isFinite(Number(candidate))) {
      return translated((m) => m.queries.notANumber({ shown }))
    }
  }
  return undefined
}

type Fields = { document: FlattenedField[]; versions: () => FlattenedField[] }

/**
 * Payload hands its hooks a read of versions as a `read` like any other, so a path that names no
 * field of the document is looked up among the versions' own (`parent`, `version.title`, …).
 */
function targetOf(payload: Payload, fields: Fields, path: string[]): Target | typeof INSIDE_RICH_TEXT | undefined {
  return fieldAt(payload, fields.document, path) ?? fieldAt(payload, fields.versions(), path)
}

function findMalformed(payload: Payload, fields: Fields, where: Where | undefined): { path: string; problem: Translated } | undefined {
  if (!where || typeof where !== 'object') return undefined
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      for (const nested of condition) {
        const found = findMalformed(payload, fields, nested as Where)
        if (found) return found
      }
      continue
    }
    const target = targetOf(payload, fields, key.split('.'))
    if (target === INSIDE_RICH_TEXT) return { path: key, problem: translated((m) => m.queries.insideRichText) }
    if (!target || !condition || typeof condition !== 'object') continue
    for (const [operator, value] of Object.entries(condition)) {
      const problem = mismatch(payload, target, operator, value)
      if (problem) return { path: key, problem }
    }
  }
  return undefined
}

const versionFields = new WeakMap<SanitizedCollectionConfig, FlattenedField[]>()
function fieldsOfVersions(payload: Payload, collection: SanitizedCollectionConfig): FlattenedField[] {
  let fields = versionFields.get(collection)
  if (!fields) versionFields.set(collection, (fields = buildVersionCollectionFields(payload.config, collection, true)))
  return fields
}

/**
 * A document asked for by an id that cannot exist is not found (404), and a filter that compares
 * a field with what it cannot hold (a relationship with a non-id, a date with a non-date, a place
 * operator with a text) is a bad request (400), instead of the database failing on it (a 500).
 */
export const refuseMalformedQueries: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { id, where } = args as { id?: unknown; where?: Where }
  if (id !== undefined && operation !== 'create' && !isWellFormedID(req.payload, id)) throw new NotFound(req.t)
  if (!WITH_WHERE.has(operation)) return args
  const fields = { document: collection.flattenedFields, versions: () => fieldsOfVersions(req.payload, collection) }
  const malformed = findMalformed(req.payload, fields, where)
  if (malformed) {
    const { path, problem } = malformed
    throw new RequestError(req, BAD_REQUEST, translated((m, language) => m.queries.filterWrong({ path, problem: problem[language] })))
  }
  return args
}
