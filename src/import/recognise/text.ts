import { type Inline, plainText } from '../../document/blocks'

/**
 * What the recogniser asks of a run of inlines: its text, how it ends, and how two halves of a
 * paragraph broken by a line or page break join again (no space between CJK characters, one
 * space between Latin words).
 */

/** A sentence or clause is over: a break after it is a real paragraph end. */
const CLOSING = /[。！？；：…”」』）)】〕.!?;:]$/

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/
const LATIN_END = /[A-Za-z0-9.,;:!?)\]'"%’”]$/
const LATIN_START = /^[A-Za-z0-9(\[‘“'"]/

export function endsClosed(text: string): boolean {
  return CLOSING.test(text.trimEnd())
}

/** A short note in brackets closing a title: （上）, （1）, (Part 2), （征求意见稿）, 【续】. */
const TITLE_ANNOTATION = /\s*(?:[（(][^（()）]{1,12}[)）]|[【〔\[][^【】〔〕[\]]{1,12}[】〕\]])$/

/** A title is a sentence when it ends in closing punctuation; a bracketed note after it does not close it. */
export function titleEndsClosed(text: string): boolean {
  const bare = text.trimEnd().replace(TITLE_ANNOTATION, '')
  return bare === '' || endsClosed(bare)
}

export function isCJK(char: string): boolean {
  return CJK.test(char)
}

export function hasCJK(text: string): boolean {
  return CJK.test(text)
}

function separatorBetween(before: string, after: string): string {
  const end = before.trimEnd()
  const start = after.trimStart()
  if (!end || !start) return ''
  return LATIN_END.test(end) && LATIN_START.test(start) && !isCJK(end.slice(-1)) ? ' ' : ''
}

/** Text inlines with the same style merged, empty ones dropped. */
export function compactInlines(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = []
  for (const inline of inlines) {
    if (inline.kind === 'text' && inline.text === '') continue
    const last = out[out.length - 1]
    if (inline.kind === 'text' && last?.kind === 'text' && sameStyle(last, inline)) {
      out[out.length - 1] = { ...last, text: last.text + inline.text }
    } else out.push(inline)
  }
  return out
}

function sameStyle(a: Inline & { kind: 'text' }, b: Inline & { kind: 'text' }): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.superscript === !!b.superscript && !!a.subscript === !!b.subscript
}

/** Leading and trailing white space removed from the first and last text inlines. */
export function trimInlines(inlines: readonly Inline[]): Inline[] {
  const out = compactInlines(inlines)
  const first = out[0]
  if (first?.kind === 'text') out[0] = { ...first, text: first.text.trimStart() }
  const lastIndex = out.length - 1
  const last = out[lastIndex]
  if (last?.kind === 'text') out[lastIndex] = { ...last, text: last.text.trimEnd() }
  return compactInlines(out)
}

/** The two halves of a broken paragraph as one: the break's white space dropped, a space kept between Latin words. */
export function joinInlines(before: readonly Inline[], after: readonly Inline[]): Inline[] {
  const head = trimInlines(before)
  const tail = trimInlines(after)
  const separator = separatorBetween(plainText(head), plainText(tail))
  return compactInlines([...head, ...(separator ? [{ kind: 'text' as const, text: separator }] : []), ...tail])
}

/**
 * The inlines covering plain-text offsets [start, end): what is left of a paragraph once a
 * recognised label or sentence is cut out. Footnote markers at a boundary stay with the text before.
 */
export function sliceInlines(inlines: readonly Inline[], start: number, end = Number.POSITIVE_INFINITY): Inline[] {
  const out: Inline[] = []
  let offset = 0
  for (const inline of inlines) {
    if (inline.kind === 'text') {
      const from = Math.max(start - offset, 0)
      const to = Math.min(end - offset, inline.text.length)
      if (to > from) out.push({ ...inline, text: inline.text.slice(from, to) })
      offset += inline.text.length
    } else if (inline.kind === 'link') {
      const length = plainText(inline.children).length
      if (offset + length > start && offset < end) {
        out.push({ ...inline, children: sliceInlines(inline.children, start - offset, end - offset) })
      }
      offset += length
    } else if (offset > start && offset <= end) out.push(inline)
  }
  return compactInlines(out)
}

/**
 * A title or name as the matcher compares it: width, spaces, dot leaders, dashes, quotes and
 * footnote markers do not count, so a body title matches its 目录 entry however either was set.
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[.·•…・_\-–—⋯]+/g, '')
    .replace(/[“”"'‘’「」『』《》<>]/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .toLowerCase()
}

export function footnoteNumbersIn(inlines: readonly Inline[]): number[] {
  return inlines.flatMap((inline) => (inline.kind === 'footnote' ? [inline.number] : inline.kind === 'link' ? footnoteNumbersIn(inline.children) : []))
}

export function withoutFootnotes(inlines: readonly Inline[]): Inline[] {
  return inlines.filter((inline) => inline.kind !== 'footnote')
}
