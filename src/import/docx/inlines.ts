import { DomUtils } from 'htmlparser2'

import type { Inline, TextStyle } from '../../document/blocks'
import { type HtmlElement, type HtmlNode, isElement, textData } from './html'

/** Where one Word paragraph becomes several of ours: a manual line break, an inline picture, a page break. */
export type Break = { kind: 'lineBreak' | 'image' | 'pageBreak' }
export type Piece = Inline | Break

/** The html id of a footnote or endnote (mammoth's `footnote-3`) → the number Word prints for it. */
export type NoteNumbers = Map<string, number>

const NOTE_REFERENCE = /^#((?:footnote|endnote)-(?!ref-).+)$/
const NOTE_BACK_LINK = /^#(?:footnote|endnote)-ref-/
const PRINTED_NOTE_NUMBER = /^\[(\d+)\]$/
const EXTERNAL_LINK = /^(?:https?|ftp|mailto):/i

const STYLE_OF_TAG: Record<string, keyof TextStyle> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  sup: 'superscript',
  sub: 'subscript',
}
const BREAK_OF_TAG: Record<string, Break['kind']> = { br: 'lineBreak', img: 'image', hr: 'pageBreak' }

export function isBreak(piece: Piece): piece is Break {
  return piece.kind === 'lineBreak' || piece.kind === 'image' || piece.kind === 'pageBreak'
}

function textInline(text: string, style: TextStyle): Inline {
  const flags = Object.fromEntries(Object.entries(style).filter(([, on]) => on))
  return { kind: 'text', text, ...flags }
}

function noteReference(href: string, node: HtmlElement, notes: NoteNumbers): Inline | undefined {
  const id = NOTE_REFERENCE.exec(href)?.[1]
  const printed = PRINTED_NOTE_NUMBER.exec(DomUtils.textContent(node).trim())
  if (!id || !printed) return undefined
  const number = Number(printed[1])
  notes.set(id, number)
  return { kind: 'footnote', number }
}

/** A paragraph's runs as our inlines, in order, with the places where the paragraph must split. */
export function pieces(nodes: readonly HtmlNode[], notes: NoteNumbers, style: TextStyle = {}): Piece[] {
  const found: Piece[] = []
  for (const node of nodes) {
    const text = textData(node)
    if (text !== undefined) {
      if (text) found.push(textInline(text, style))
      continue
    }
    if (!isElement(node)) continue
    const mark = STYLE_OF_TAG[node.name]
    const breakKind = BREAK_OF_TAG[node.name]
    if (breakKind) found.push({ kind: breakKind })
    else if (mark) found.push(...pieces(node.children, notes, { ...style, [mark]: true }))
    else if (node.name === 'a') {
      const href = node.attribs.href ?? ''
      if (NOTE_BACK_LINK.test(href)) continue
      const reference = noteReference(href, node, notes)
      if (reference) found.push(reference)
      else if (EXTERNAL_LINK.test(href)) {
        const children = pieces(node.children, notes, style).filter((piece): piece is Inline => !isBreak(piece))
        found.push({ kind: 'link', url: href, children })
      } else found.push(...pieces(node.children, notes, style))
    } else found.push(...pieces(node.children, notes, style))
  }
  return found
}

const sameStyle = (a: TextStyle, b: TextStyle) =>
  !a.bold === !b.bold && !a.italic === !b.italic && !a.superscript === !b.superscript && !a.subscript === !b.subscript

/** Word splits a run wherever an edit or a spell check touched it; one text inline per style is what was meant. */
export function mergeTexts(inlines: readonly Inline[]): Inline[] {
  const merged: Inline[] = []
  for (const inline of inlines) {
    const previous = merged.at(-1)
    if (inline.kind === 'text' && previous?.kind === 'text' && sameStyle(previous, inline)) {
      merged[merged.length - 1] = { ...previous, text: previous.text + inline.text }
    } else if (inline.kind === 'link') merged.push({ ...inline, children: mergeTexts(inline.children) })
    else merged.push(inline)
  }
  return merged
}

/** Leading indentation (often full-width spaces) and trailing spaces are layout, not text. */
export function trimEnds(inlines: readonly Inline[]): Inline[] {
  const trimmed = inlines.map((inline, index) => {
    if (inline.kind !== 'text') return inline
    let text = inline.text
    if (index === 0) text = text.trimStart()
    if (index === inlines.length - 1) text = text.trimEnd()
    return { ...inline, text }
  })
  return trimmed.filter((inline) => inline.kind !== 'text' || inline.text !== '')
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u

/** Joins two runs of text the way the office writes: nothing between Chinese characters, a space between words. */
export function joinInlines(first: readonly Inline[], second: readonly Inline[]): Inline[] {
  if (first.length === 0 || second.length === 0) return [...first, ...second]
  const lastOfFirst = plainEnd(first)
  const startOfSecond = plainStart(second)
  const separated = lastOfFirst && startOfSecond && !CJK.test(lastOfFirst) && !CJK.test(startOfSecond)
  return mergeTexts([...first, ...(separated ? [textInline(' ', {})] : []), ...second])
}

function plainEnd(inlines: readonly Inline[]): string {
  const last = inlines.at(-1)
  if (last?.kind === 'text') return last.text.slice(-1)
  return last?.kind === 'link' ? plainEnd(last.children) : ''
}

function plainStart(inlines: readonly Inline[]): string {
  const first = inlines[0]
  if (first?.kind === 'text') return first.text.slice(0, 1)
  return first?.kind === 'link' ? plainStart(first.children) : ''
}
