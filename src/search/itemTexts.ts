import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import type { Item } from '../payload-types'

export const SEARCHED_FIELDS = ['title', 'titleEn', 'summary', 'body'] as const
export type SearchedField = (typeof SEARCHED_FIELDS)[number]
export type ItemTexts = Record<SearchedField, string>

/** A title counts four times a body word, an English title three times, a summary twice. */
export const FIELD_WEIGHTS: Record<SearchedField, number> = { title: 4, titleEn: 3, summary: 2, body: 1 }

/** What of an item is searched, as plain text (footnote chips, tables and captions included as text). */
export function itemTexts(item: Pick<Item, 'body' | 'summary' | 'title' | 'titleEn'>): ItemTexts {
  return {
    title: item.title,
    titleEn: item.titleEn ?? '',
    summary: item.summary ?? '',
    body: item.body ? convertLexicalToPlaintext({ data: item.body as unknown as SerializedEditorState }) : '',
  }
}
