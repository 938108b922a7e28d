import type { Payload, PayloadRequest } from 'payload'

import { FIELD_WEIGHTS, type ItemTexts } from './itemTexts'
import type { SearchStore } from './store'
import { indexedText } from './tokens'

type Session = unknown
type Document = { _id: string; title: string; titleEn: string; summary: string; body: string; texts: ItemTexts; score?: number }
type Cursor = { sort: (sort: object) => Cursor; skip: (count: number) => Cursor; limit: (count: number) => Cursor; toArray: () => Promise<Document[]> }
type Collection = {
  bulkWrite: (operations: object[], options?: { session?: Session }) => Promise<unknown>
  countDocuments: (filter: object) => Promise<number>
  createIndex: (keys: object, options: object) => Promise<unknown>
  deleteMany: (filter: object, options?: { session?: Session }) => Promise<unknown>
  find: (filter: object, options?: object) => Cursor
}
type MongoAdapter = { connection: { collection: (name: string) => Collection }; sessions: Record<string, Session | undefined> }

const COLLECTION = 'search_items'
const indexes = new WeakMap<Payload, Promise<unknown>>()

/**
 * The index as a MongoDB collection with a text index over the token fields. Tokens are made by
 * src/search/tokens.ts as for SQLite; `default_language: 'none'` keeps MongoDB from stemming them.
 */
async function collection(payload: Payload): Promise<Collection> {
  const found = (payload.db as unknown as MongoAdapter).connection.collection(COLLECTION)
  if (!indexes.has(payload)) {
    const weights = { title: FIELD_WEIGHTS.title, titleEn: FIELD_WEIGHTS.titleEn, summary: FIELD_WEIGHTS.summary, body: FIELD_WEIGHTS.body }
    indexes.set(payload, found.createIndex({ title: 'text', titleEn: 'text', summary: 'text', body: 'text' }, { name: 'search_text', weights, default_language: 'none' }))
  }
  await indexes.get(payload)
  return found
}

async function session(req: PayloadRequest): Promise<{ session?: Session }> {
  const id = req.transactionID ? String(await req.transactionID) : undefined
  const found = id ? (req.payload.db as unknown as MongoAdapter).sessions[id] : undefined
  return found ? { session: found } : {}
}

async function removeItems(req: PayloadRequest, ids: Array<number | string>): Promise<void> {
  if (!ids.length) return
  await (await collection(req.payload)).deleteMany({ _id: { $in: ids.map(String) } }, await session(req))
}

export const mongoSearchStore: SearchStore = {
  async put(req, items) {
    if (!items.length) return
    const operations = items.map(({ id, texts }) => ({
      replaceOne: {
        filter: { _id: String(id) },
        replacement: { title: indexedText(texts.title), titleEn: indexedText(texts.titleEn), summary: indexedText(texts.summary), body: indexedText(texts.body), texts },
        upsert: true,
      },
    }))
    await (await collection(req.payload)).bulkWrite(operations, await session(req))
  },

  remove: removeItems,

  async clear(req) {
    await (await collection(req.payload)).deleteMany({}, await session(req))
  },

  async find(payload, phrases, { limit, page }) {
    // Quoted, every phrase must occur (MongoDB ANDs the phrases of a $text search).
    const filter = { $text: { $search: phrases.map((tokens) => `"${tokens.join(' ')}"`).join(' ') } }
    const found = await collection(payload)
    const totalDocs = await found.countDocuments(filter)
    if (!totalDocs) return { hits: [], totalDocs }
    const documents = await found
      .find(filter, { projection: { score: { $meta: 'textScore' }, texts: 1 } })
      .sort({ score: { $meta: 'textScore' } })
      .skip((page - 1) * limit)
      .limit(limit)
      .toArray()
    return { hits: documents.map((document) => ({ id: document._id, score: Math.round((document.score ?? 0) * 1000) / 1000, texts: document.texts })), totalDocs }
  },
}
