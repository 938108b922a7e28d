import { type Inline, plainText, type TableRow } from '../../document/blocks'
import type { SourceDocument, SourceParagraph } from '../model'
import { trimInlines } from './text'

/** What a paragraph turned out to be; decided once, read by every later step. */
export type Role =
  | 'running'
  | 'title'
  | 'banner'
  | 'editorsNote'
  | 'heading'
  | 'numbered'
  | 'bullet'
  | 'caption'
  | 'sourceLine'
  | 'credit'
  | 'publishedIn'

export type TextUnit = {
  kind: 'text'
  inlines: Inline[]
  /** The plain text, footnote markers left out. */
  text: string
  style?: Extract<SourceParagraph, { kind: 'text' }>['style']
  role: Role
}

export type Unit = TextUnit | { kind: 'table'; rows: TableRow[] } | { kind: 'image' }

export function textUnit(inlines: Inline[], style?: TextUnit['style']): TextUnit {
  const trimmed = trimInlines(inlines)
  return { kind: 'text', inlines: trimmed, text: plainText(trimmed).trim(), style, role: 'running' }
}

export function withInlines(unit: TextUnit, inlines: Inline[]): TextUnit {
  const trimmed = trimInlines(inlines)
  return { ...unit, inlines: trimmed, text: plainText(trimmed).trim() }
}

/** The paragraphs as units; empty ones (a text layer's blank lines, an empty Word paragraph) dropped. */
export function unitsOf(source: SourceDocument): Unit[] {
  const units: Unit[] = []
  for (const paragraph of source.paragraphs) {
    if (paragraph.kind === 'text') {
      const unit = textUnit(paragraph.inlines, paragraph.style)
      if (unit.text || unit.inlines.some((inline) => inline.kind === 'footnote')) units.push(unit)
    } else if (paragraph.kind === 'table') {
      if (paragraph.rows.length > 0) units.push({ kind: 'table', rows: paragraph.rows })
    } else units.push({ kind: 'image' })
  }
  return units
}

export function isText(unit: Unit | undefined): unit is TextUnit {
  return unit?.kind === 'text'
}
