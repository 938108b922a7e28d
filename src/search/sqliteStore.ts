import { sql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

import { HAN } from '../lib/han'
import { FIELD_WEIGHTS } from './itemTexts'
import type { SearchStore, StoredHit } from './store'
import { indexedText } from './tokens'

type Row = Record<string, unknown>
type Database = {
  all: (query: ReturnType<typeof sql>) => Promise<Row[]>
  run: (query: ReturnType<typeof sql>) => Promise<unknown>
}
type SqliteAdapter = { drizzle: Database; sessions: Record<string, { db: Database } | undefined> }

/**
 * The index: one row per published item, its rowid the item's id. The indexed columns hold the
 * texts as tokens (src/search/tokens.ts: Chinese as character pairs), which FTS5's unicode61
 * tokenizer splits at the spaces; the plain texts ride along, unindexed, for the snippets.
 */
export const CREATE_SEARCH_TABLE = sql.raw(
  'CREATE VIRTUAL TABLE IF NOT EXISTS `search_items` USING fts5(' +
    '`title`, `title_en`, `summary`, `body`, ' +
    '`title_text` UNINDEXED, `title_en_text` UNINDEXED, `summary_text` UNINDEXED, `body_text` UNINDEXED, ' +
    "tokenize = 'unicode61')",
)
export const DROP_SEARCH_TABLE = sql.raw('DROP TABLE IF EXISTS `search_items`')

/** FTS5's bm25 weights, in column order: the indexed columns come first. */
const WEIGHTS = sql.raw([FIELD_WEIGHTS.title, FIELD_WEIGHTS.titleEn, FIELD_WEIGHTS.summary, FIELD_WEIGHTS.body].map((weight) => weight.toFixed(1)).join(', '))

async function database(payload: Payload, req?: PayloadRequest): Promise<Database> {
  const adapter = payload.db as unknown as SqliteAdapter
  const transaction = req?.transactionID ? adapter.sessions[String(await req.transactionID)] : undefined
  return transaction?.db ?? adapter.drizzle
}

/**
 * An FTS5 query in which every phrase must occur. Tokens are letters and digits only, so quoting
 * them is all the escaping they need. A Han character alone matches the pairs it begins as well.
 */
function matchExpression(phrases: string[][]): string {
  return phrases
    .map((tokens) => (tokens.length === 1 && HAN.test(tokens[0]) && [...tokens[0]].length === 1 ? `"${tokens[0]}"*` : `"${tokens.join(' ')}"`))
    .join(' AND ')
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')

async function removeItems(req: PayloadRequest, ids: Array<number | string>): Promise<void> {
  if (!ids.length) return
  const db = await database(req.payload, req)
  await db.run(sql`DELETE FROM \`search_items\` WHERE rowid IN (${sql.join(ids.map((id) => sql`${Number(id)}`), sql`, `)})`)
}

export const sqliteSearchStore: SearchStore = {
  async put(req, items) {
    if (!items.length) return
    const db = await database(req.payload, req)
    await removeItems(req, items.map((item) => item.id))
    for (const { id, texts } of items) {
      await db.run(sql`INSERT INTO \`search_items\` (rowid, \`title\`, \`title_en\`, \`summary\`, \`body\`, \`title_text\`, \`title_en_text\`, \`summary_text\`, \`body_text\`)
        VALUES (${Number(id)}, ${indexedText(texts.title)}, ${indexedText(texts.titleEn)}, ${indexedText(texts.summary)}, ${indexedText(texts.body)},
          ${texts.title}, ${texts.titleEn}, ${texts.summary}, ${texts.body})`)
    }
  },

  remove: removeItems,

  async clear(req) {
    await (await database(req.payload, req)).run(sql`DELETE FROM \`search_items\``)
  },

  async find(payload, phrases, { limit, page }) {
    const db = await database(payload)
    const match = matchExpression(phrases)
    const [counted] = await db.all(sql`SELECT count(*) AS total FROM \`search_items\` WHERE \`search_items\` MATCH ${match}`)
    const totalDocs = Number(counted?.total ?? 0)
    if (!totalDocs) return { hits: [], totalDocs }
    const rows = await db.all(sql`SELECT rowid AS id, bm25(\`search_items\`, ${WEIGHTS}) AS rank,
        \`title_text\`, \`title_en_text\`, \`summary_text\`, \`body_text\`
      FROM \`search_items\` WHERE \`search_items\` MATCH ${match}
      ORDER BY rank LIMIT ${limit} OFFSET ${(page - 1) * limit}`)
    const hits: StoredHit[] = rows.map((row) => ({
      id: Number(row.id),
      // bm25 is lower for better matches; the API's score is higher for them.
      score: Math.round(-Number(row.rank) * 1000) / 1000,
      texts: { title: text(row.title_text), titleEn: text(row.title_en_text), summary: text(row.summary_text), body: text(row.body_text) },
    }))
    return { hits, totalDocs }
  },
}
