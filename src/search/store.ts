import type { Payload, PayloadRequest } from 'payload'

import type { ItemTexts } from './itemTexts'

export type IndexedItem = { id: number | string; texts: ItemTexts }

export type StoredHit = { id: number | string; score: number; texts: ItemTexts }

export type SearchPage = { limit: number; page: number }

/**
 * Where the published items' texts are indexed: in the database itself, so that every server and
 * every restart finds the same index (SQLite FTS5 in sqliteStore.ts, a MongoDB text index in
 * mongoStore.ts). Writes take the request's transaction, so the index changes with the publication.
 */
export type SearchStore = {
  /** Keeps these items' texts in the index, replacing what it held for them. */
  put: (req: PayloadRequest, items: IndexedItem[]) => Promise<void>
  remove: (req: PayloadRequest, ids: Array<number | string>) => Promise<void>
  /** Forgets every item (before a rebuild). */
  clear: (req: PayloadRequest) => Promise<void>
  /**
   * One page of the items in which every phrase occurs (a phrase: tokens that stand together, in
   * order), best first, and how many there are in all.
   */
  find: (payload: Payload, phrases: string[][], page: SearchPage) => Promise<{ hits: StoredHit[]; totalDocs: number }>
}
