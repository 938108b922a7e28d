import { HAN } from '../lib/han'

/** Runs of letters and digits, NFKC-normalised and lower-cased: what a text is searched by. */
export function textRuns(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * A run as the index keeps it. Chinese has no spaces between words, so Han text is kept as
 * overlapping character pairs in order (a two-character query is one pair and finds every text
 * that contains it; a longer one is the phrase of its pairs); other scripts as words. A Han
 * character alone is its own token.
 */
export function runTokens(run: string): string[] {
  if (!HAN.test(run)) return [run]
  const characters = [...run]
  if (characters.length === 1) return [run]
  return characters.slice(1).map((character, index) => characters[index] + character)
}

/** A text as the index stores it: its tokens, in order, separated by spaces. */
export function indexedText(text: string): string {
  return textRuns(text).flatMap(runTokens).join(' ')
}

/** What a query asks for: each of its runs, as the tokens that must stand together in a text. */
export function queryPhrases(query: string): string[][] {
  return [...new Set(textRuns(query))].map(runTokens)
}
