import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Payload } from 'payload'

import { HAN } from '../lib/han'
import { escapeHTML } from '../lib/html'
import type { Item } from '../payload-types'
import type { Page } from './params'
import { allPublishedItems, type Paged, pageOf } from './published'

const FIELD_WEIGHTS = { title: 4, titleEn: 3, summary: 2, body: 1 } as const
type Field = keyof typeof FIELD_WEIGHTS

/**
 * Chinese has no spaces between words, so Han text is indexed as overlapping character pairs
 * (a two-character query is one pair and finds every text that contains it); other scripts as
 * lower-cased words. One character alone is its own token.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = []
  for (const run of text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (!HAN.test(run)) {
      tokens.push(run)
      continue
    }
    const characters = [...run]
    if (characters.length === 1) tokens.push(run)
    for (let index = 0; index + 1 < characters.length; index++) tokens.push(characters[index] + characters[index + 1])
  }
  return tokens
}

type Document = { item: Item; texts: Record<Field, string> }

export type SearchHit = { item: Item; score: number; snippet: string }

function plainText(item: Item): Record<Field, string> {
  return {
    title: item.title,
    titleEn: item.titleEn ?? '',
    summary: item.summary ?? '',
    body: item.body ? convertLexicalToPlaintext({ data: item.body as unknown as SerializedEditorState }) : '',
  }
}

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

/** An in-memory inverted index over published items, rebuilt when the published set changes. */
export class SearchIndex {
  private readonly postings = new Map<string, Map<number, number>>()
  private readonly documents: Document[] = []

  constructor(items: Item[]) {
    for (const item of items) {
      const index = this.documents.push({ item, texts: plainText(item) }) - 1
      for (const field of Object.keys(FIELD_WEIGHTS) as Field[]) {
        for (const token of tokenize(this.documents[index].texts[field])) {
          const posting = this.postings.get(token) ?? new Map<number, number>()
          posting.set(index, (posting.get(index) ?? 0) + FIELD_WEIGHTS[field])
          this.postings.set(token, posting)
        }
      }
    }
  }

  /** Items containing every query token, best first (weighted term frequency × inverse document frequency). */
  search(query: string): SearchHit[] {
    const tokens = [...new Set(tokenize(query))]
    if (!tokens.length) return []
    const scores = new Map<number, number>()
    for (const [position, token] of tokens.entries()) {
      const posting = this.postings.get(token)
      if (!posting) return []
      const idf = Math.log(1 + this.documents.length / posting.size)
      for (const [document, weight] of posting) {
        if (position > 0 && !scores.has(document)) continue
        scores.set(document, (scores.get(document) ?? 0) + weight * idf)
      }
      if (position > 0) for (const document of scores.keys()) if (!posting.has(document)) scores.delete(document)
    }
    const terms = query.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([document, score]) => {
        const { item, texts } = this.documents[document]
        const field = (['title', 'summary', 'body', 'titleEn'] as Field[]).find((name) =>
          terms.some((term) => texts[name].toLowerCase().includes(term)),
        )
        return { item, score: Math.round(score * 1000) / 1000, snippet: snippet(texts[field ?? 'summary'] || texts.title, terms) }
      })
  }
}

/**
 * Search over what is published now: the index is built on the first search and kept until
 * `forget()` (publication, withdrawal, an edit of shared data). A build that failed is not kept.
 */
export class PublishedSearch {
  private index: Promise<SearchIndex> | undefined

  constructor(private readonly payload: Payload) {}

  async search(query: string, page: Page): Promise<Paged<SearchHit>> {
    if (!this.index) {
      const building = allPublishedItems(this.payload).then((items) => new SearchIndex(items))
      this.index = building
      building.catch(() => {
        if (this.index === building) this.index = undefined
      })
    }
    return pageOf((await this.index).search(query), page)
  }

  forget(): void {
    this.index = undefined
  }
}
