import type { Payload, PayloadRequest, Where } from 'payload'

import type { Item } from '../payload-types'
import { type PublicationEvent, subscribeToPublicationInTransaction } from '../publication/events'
import { itemTexts } from './itemTexts'
import { mongoSearchStore } from './mongoStore'
import { sqliteSearchStore } from './sqliteStore'
import type { SearchStore } from './store'

const REBUILD_BATCH = 500
const TEXT_FIELDS = { title: true, titleEn: true, summary: true, body: true } as const

export function searchStore(payload: Payload): SearchStore {
  return payload.db.name === 'sqlite' ? sqliteSearchStore : mongoSearchStore
}

const published: Where = { _status: { equals: 'published' } }

/** The public record's copies of the items (a correction in progress is not published yet). */
async function publishedItems(req: PayloadRequest, where: Where, page = 1, limit = 0) {
  return req.payload.find({
    collection: 'items',
    depth: 0,
    draft: false,
    limit,
    page,
    pagination: limit > 0,
    req,
    select: TEXT_FIELDS,
    where: { and: [published, where] },
  })
}

const indexed = (items: Array<Pick<Item, 'body' | 'id' | 'summary' | 'title' | 'titleEn'>>) => items.map((item) => ({ id: item.id, texts: itemTexts(item) }))

/**
 * The index follows the public record in the transaction that changes it: a publication or a
 * correction puts the issue's published items in, a withdrawal takes them all out.
 */
async function followPublication(req: PayloadRequest, event: PublicationEvent): Promise<void> {
  const store = searchStore(req.payload)
  if (event.type === 'issue.withdrawn') {
    const { docs } = await req.payload.find({ collection: 'items', depth: 0, pagination: false, req, select: {}, where: { issue: { equals: event.issue.id } } })
    await store.remove(req, docs.map((item) => item.id))
    return
  }
  const { docs } = await publishedItems(req, { issue: { equals: event.issue.id } })
  await store.put(req, indexed(docs))
}

/** Indexes every published item afresh (after a migration, or a bulk load that bypassed the workflow). */
export async function rebuildSearchIndex(req: PayloadRequest): Promise<number> {
  const store = searchStore(req.payload)
  await store.clear(req)
  let count = 0
  for (let page = 1; ; page++) {
    const { docs, hasNextPage } = await publishedItems(req, {}, page, REBUILD_BATCH)
    await store.put(req, indexed(docs))
    count += docs.length
    if (!hasNextPage) return count
  }
}

// At module load, as for webhooks: every process that loads the config keeps the index.
subscribeToPublicationInTransaction(followPublication)
