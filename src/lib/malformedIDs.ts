import { type CollectionBeforeOperationHook, type FlattenedField, NotFound, type Payload, type Where } from 'payload'

import { BAD_REQUEST, RequestError } from './RequestError'

const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in', 'all'])
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const WITH_WHERE = new Set(['count', 'delete', 'read', 'readDistinct', 'update'])

/** SQLite numbers its documents; MongoDB names them with 24 hex digits. */
function isWellFormedID(payload: Payload, given: unknown): boolean {
  // A polymorphic relationship may be compared with { relationTo, value }.
  const value = given && typeof given === 'object' && 'value' in given ? given.value : given
  if (value === null) return true
  if (payload.db.defaultIDType === 'number') return typeof value === 'number' ? Number.isInteger(value) : /^\d{1,15}$/.test(String(value))
  return /^[0-9a-f]{24}$/i.test(String(value))
}

/** Whether a filter path ends at an id: the document's own, a relationship's, or one further along a relationship. */
function comparesIDs(payload: Payload, fields: FlattenedField[], path: string[]): boolean {
  const [name, ...rest] = path
  if (name === 'id' && rest.length === 0) return true
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field) return false
  if (field.type === 'relationship' || field.type === 'upload') {
    if (rest.length === 0 || (rest.length === 1 && (rest[0] === 'id' || rest[0] === 'value'))) return true
    const related = typeof field.relationTo === 'string' ? payload.collections[field.relationTo]?.config : undefined
    return related ? comparesIDs(payload, related.flattenedFields, rest) : false
  }
  if ('flattenedFields' in field && field.flattenedFields) return comparesIDs(payload, field.flattenedFields, rest)
  return false
}

function valuesOf(operator: string, value: unknown): unknown[] {
  if (!LIST_OPERATORS.has(operator)) return [value]
  if (Array.isArray(value)) return value
  return typeof value === 'string' ? value.split(',') : [value]
}

function findMalformed(payload: Payload, fields: FlattenedField[], where: Where | undefined): { path: string; value: unknown } | undefined {
  if (!where || typeof where !== 'object') return undefined
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      for (const nested of condition) {
        const found = findMalformed(payload, fields, nested as Where)
        if (found) return found
      }
      continue
    }
    if (!comparesIDs(payload, fields, key.split('.')) || !condition || typeof condition !== 'object') continue
    for (const [operator, value] of Object.entries(condition)) {
      if (!ID_OPERATORS.has(operator)) continue
      const bad = valuesOf(operator, value).find((candidate) => !isWellFormedID(payload, candidate))
      if (bad !== undefined) return { path: key, value: bad }
    }
  }
  return undefined
}

/**
 * A document asked for by an id that cannot exist is not found (404), and a filter comparing an
 * id or a relationship with something that is not an id is a bad request (400), instead of the
 * database failing on it (500 "Only finite numbers…" on SQLite, a cast error on MongoDB).
 */
export const refuseMalformedIDs: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  const { id, where } = args as { id?: unknown; where?: Where }
  if (id !== undefined && operation !== 'create' && !isWellFormedID(req.payload, id)) throw new NotFound(req.t)
  if (!WITH_WHERE.has(operation)) return args
  const malformed = findMalformed(req.payload, collection.flattenedFields, where)
  if (malformed) {
    const shown = JSON.stringify(malformed.value)
    throw new RequestError(req, BAD_REQUEST, {
      en: `The filter on “${malformed.path}” compares it with ${shown}, which is not a document id.`,
      zh: `“${malformed.path}”的筛选条件与 ${shown} 比较，但它不是文档 ID。`,
    })
  }
  return args
}
