import { type Footnote, type Inline, plainText } from '../../document/blocks'
import { findDOI, findURL } from '../../lib/identifiers'
import { childElements, type HtmlElement } from './html'
import { isBreak, joinInlines, mergeTexts, type NoteNumbers, pieces, trimEnds } from './inlines'

const NOTE_ID = /^(?:footnote|endnote)-/

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
  const url = firstLink(inlines) ?? findURL(text)
  const doi = findDOI(text) ?? (url ? findDOI(url) : undefined)
  return { number, text, ...(url ? { url } : {}), ...(doi ? { doi } : {}) }
}
