import type { Payload } from 'payload'

import { escapeHTML } from '../lib/html'
import type { Item } from '../payload-types'
import { type ItemTexts, SEARCHED_FIELDS } from '../search/itemTexts'
import { searchStore } from '../search'
import { queryPhrases, textRuns } from '../search/tokens'
import type { Page } from './params'
import { itemsByID, type Paged } from './published'

export type SearchHit = { item: Item; score: number; snippet: string }

/** The passage around the first match, with every query term marked. */
function snippet(text: string, terms: string[], radius = 40): string {
  const lower = text.toLowerCase()
  const positions = terms.map((term) => lower.indexOf(term)).filter((position) => position >= 0)
  const start = Math.max(0, (positions.length ? Math.min(...positions) : 0) - radius)
  const end = Math.min(text.length, start + radius * 3)
  let passage = escapeHTML(text.slice(start, end))
  for (const term of [...new Set(terms)].sort((a, b) => b.length - a.length)) {
    passage = passage.replace(new RegExp(escapeHTML(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), (match) => `<mark>${match}</mark>`)
  }
  return `${start > 0 ? '…' : ''}${passage}${end < text.length ? '…' : ''}`
}

/** The snippet comes from the first of title, summary, body and English title that has a term. */
function bestSnippet(texts: ItemTexts, terms: string[]): string {
  const order = ['title', 'summary', 'body', 'titleEn'] as const satisfies readonly (typeof SEARCHED_FIELDS)[number][]
  const field = order.find((name) => terms.some((term) => texts[name].toLowerCase().includes(term)))
  return snippet(texts[field ?? 'summary'] || texts.title, terms)
}

/**
 * Search over what is published now, in the database's index (src/search): one page of hits,
 * ranked there, and only that page's items read, as the public reads them.
 */
export async function searchPublished(payload: Payload, query: string, { limit, page }: Page): Promise<Paged<SearchHit>> {
  const phrases = queryPhrases(query)
  const empty = { docs: [], limit, page, totalDocs: 0, totalPages: 0 }
  if (!phrases.length) return empty
  const { hits, totalDocs } = await searchStore(payload).find(payload, phrases, { limit, page })
  const items = new Map((await itemsByID(payload, hits.map((hit) => hit.id))).map((item) => [String(item.id), item]))
  const terms = textRuns(query)
  const docs = hits.flatMap((hit) => {
    const item = items.get(String(hit.id))
    return item ? [{ item, score: hit.score, snippet: bestSnippet(hit.texts, terms) }] : []
  })
  return { docs, limit, page, totalDocs, totalPages: Math.ceil(totalDocs / limit) }
}
