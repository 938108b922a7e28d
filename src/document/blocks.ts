/**
 * An issue's text as a small document tree, between Lexical and the outside world: the print
 * edition reads rich text into it and writes Typst or Word from it; the archive import reads a
 * PDF, text or Word file into it and writes Lexical from it. Footnotes are numbers here, numbered
 * across the whole issue as printed; what a number stands for travels beside the tree.
 */

import type { MediaFile } from '../storage/s3'

export type TextStyle = { bold?: boolean; italic?: boolean; superscript?: boolean; subscript?: boolean }

export type Inline =
  | ({ kind: 'text'; text: string } & TextStyle)
  | { kind: 'link'; url: string; children: Inline[] }
  | { kind: 'footnote'; number: number }

export type TableRow = { header: boolean; cells: Inline[][] }

/** An image as the print edition embeds it: an uploaded file (read through src/storage/mediaFiles.ts), with its pixel size. */
export type FigureImage = { file: MediaFile; width: number; height: number; mimeType: string }

export type Block =
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'heading'; level: 3 | 4 | 5; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'quote'; children: Inline[] }
  | { kind: 'table'; rows: TableRow[] }
  | {
      kind: 'figure'
      /** Numbered per item, as printed: 图 1 … / Figure 1 … */
      number: number
      label: string
      captionZh: string
      captionEn?: string
      source?: string
      image?: FigureImage
    }

/** A footnote's text as printed at the foot of the page, and what it points at. */
export type Footnote = { number: number; text: string; url?: string; doi?: string }

/** The closing "上述研究工作发表在 …" line as structured data. */
export type PublishedIn = { journal: string; articleTitle?: string; doi?: string; url?: string }

export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => (inline.kind === 'text' ? inline.text : inline.kind === 'link' ? plainText(inline.children) : ''))
    .join('')
}

function inlineFootnotes(inlines: readonly Inline[], found: Set<number>): void {
  for (const inline of inlines) {
    if (inline.kind === 'footnote') found.add(inline.number)
    else if (inline.kind === 'link') inlineFootnotes(inline.children, found)
  }
}

/** The footnote numbers cited anywhere in these blocks, tables and lists included. */
export function citedFootnoteNumbers(blocks: readonly Block[], found = new Set<number>()): Set<number> {
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'quote') inlineFootnotes(block.children, found)
    else if (block.kind === 'list') block.items.forEach((entry) => inlineFootnotes(entry, found))
    else if (block.kind === 'table') block.rows.forEach((row) => row.cells.forEach((cell) => inlineFootnotes(cell, found)))
  }
  return found
}
