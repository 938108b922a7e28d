import { type Footnote, type Inline, plainText } from '../../document/blocks'
import { childElements, type HtmlElement } from './html'
import { isBreak, joinInlines, mergeTexts, type NoteNumbers, pieces, trimEnds } from './inlines'

const NOTE_ID = /^(?:footnote|endnote)-/
// A URL ends where Chinese punctuation or a closing bracket of the sentence around it begins.
const URL_IN_TEXT = /https?:\/\/[^\s<>"'，。；、）》」】]+/i
const DOI = /\b10\.\d{4,9}\/[^\s<>"'，。；、）》」】]+/
const TRAILING_PUNCTUATION = /[.,;:)\]]+$/

/** Mammoth writes the file's footnotes and endnotes as one closing <ol> of <li id="footnote-N">. */
export function isNoteList(element: HtmlElement): boolean {
  const items = childElements(element, 'li')
  return element.name === 'ol' && items.length > 0 && items.every((item) => NOTE_ID.test(item.attribs.id ?? ''))
}

function firstLink(inlines: readonly Inline[]): string | undefined {
  for (const inline of inlines) {
    if (inline.kind === 'link' && /^https?:/i.test(inline.url)) return inline.url
  }
  return undefined
}

/** One of the Word file's notes, numbered as its reference is printed in the text; undefined if nothing cites it. */
export function footnoteFromNote(item: HtmlElement, notes: NoteNumbers): Footnote | undefined {
  const number = notes.get(item.attribs.id ?? '')
  if (number === undefined) return undefined
  const paragraphs = childElements(item).map((child) =>
    trimEnds(mergeTexts(pieces([child], notes).filter((piece): piece is Inline => !isBreak(piece)))),
  )
  const inlines = paragraphs.reduce<Inline[]>((joined, paragraph) => joinInlines(joined, paragraph), [])
  const text = plainText(inlines).trim()
  const url = firstLink(inlines) ?? URL_IN_TEXT.exec(text)?.[0].replace(TRAILING_PUNCTUATION, '')
  const doi = DOI.exec(text)?.[0].replace(TRAILING_PUNCTUATION, '') ?? (url ? DOI.exec(url)?.[0] : undefined)
  return { number, text, ...(url ? { url } : {}), ...(doi ? { doi } : {}) }
}
