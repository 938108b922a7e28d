import { type CollectionSlug, createLocalReq, type Payload, type PayloadRequest, type SelectType, type Where } from 'payload'

import type { Media } from '../payload-types'

/**
 * How the delivery API reads the database (src/delivery/published.ts is its door): always as the
 * public. Access control applies (overrideAccess: false, no user), so only published issues and
 * items come back, exactly as for anonymous REST and GraphQL, and drafts are never asked for.
 */
export const asPublic = { draft: false, overrideAccess: false } as const

/**
 * The selected fields of every matching published document, read through the database adapter,
 * past Payload's per-document hooks (a contributor of a thousand items paid 20 ms for them),
 * under the rule the public reads by, the collection's own read access asked as an anonymous
 * reader. Relationships come back as ids.
 */
export async function publicRows<Row>(payload: Payload, collection: CollectionSlug, where: Where, select: SelectType): Promise<Row[]> {
  const query = await publicQuery(payload, collection, where)
  if (!query) return []
  const { docs } = await payload.db.find<Row>({ ...query, collection, limit: 0, pagination: false, select })
  return docs
}

/** `where` narrowed by the collection's read rule for an anonymous reader; undefined when it reads nothing. */
export async function publicQuery(payload: Payload, collection: CollectionSlug, where: Where): Promise<{ req: PayloadRequest; where: Where } | undefined> {
  const req = await createLocalReq({}, payload)
  const rule = await payload.collections[collection].config.access.read({ req })
  if (rule === false) return undefined
  return { req, where: rule === true ? where : { and: [where, rule] } }
}

/** Documents by id (`publicRows`), keyed by id as a string. */
export async function publicRowsByID<Row extends { id: number | string }>(payload: Payload, collection: CollectionSlug, ids: Array<number | string>, select: SelectType) {
  return keyedByID(ids.length ? await publicRows<Row>(payload, collection, { id: { in: ids } }, select) : [])
}

/** Images by id through Payload, which gives them their URLs (local disk or S3), as the public reads them. */
export async function publicMediaByID(payload: Payload, ids: Array<number | string>) {
  if (!ids.length) return keyedByID<Media>([])
  const { docs } = await payload.find({ ...asPublic, collection: 'media', depth: 0, pagination: false, where: { id: { in: ids } } })
  return keyedByID(docs)
}

const keyedByID = <Doc extends { id: number | string }>(docs: Doc[]) => new Map(docs.map((doc) => [String(doc.id), doc]))

/** The distinct ids that `ids` finds in the documents. */
export function idsOf<Doc>(docs: Doc[], ids: (doc: Doc) => Array<number | string | undefined>): Array<number | string> {
  return [...new Set(docs.flatMap(ids).filter((id) => id !== undefined))]
}
