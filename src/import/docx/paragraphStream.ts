import type { Inline, TableRow } from '../../document/blocks'
import type { SourceParagraph } from '../model'
import { isBreak, mergeTexts, type Piece, trimEnds } from './inlines'
import { TypedMarkers } from './typedMarkers'

type TextStyle = NonNullable<Extract<SourceParagraph, { kind: 'text' }>['style']>

function hasContent(inlines: readonly Inline[]): boolean {
  return inlines.some((inline) =>
    inline.kind === 'footnote' ? true : inline.kind === 'link' ? hasContent(inline.children) : inline.text.trim() !== '',
  )
}

/** A title or a lead typed in bold: every visible character bold (footnote markers do not count). */
function boldThroughout(inlines: readonly Inline[]): boolean {
  const visible = (list: readonly Inline[]): Extract<Inline, { kind: 'text' }>[] =>
    list.flatMap((inline) =>
      inline.kind === 'text' ? (inline.text.trim() ? [inline] : []) : inline.kind === 'link' ? visible(inline.children) : [],
    )
  const texts = visible(inlines)
  return texts.length > 0 && texts.every((inline) => inline.bold)
}

/** Collects a Word file's paragraphs in reading order; a page break marks the paragraph after it. */
export class ParagraphStream {
  readonly paragraphs: SourceParagraph[] = []
  private pageBreakPending = false

  /** Set when the file has no notes of its own: its superscript numbers are then its footnote markers. */
  private readonly typedMarkers?: TypedMarkers

  constructor(markersTyped: boolean) {
    if (markersTyped) this.typedMarkers = new TypedMarkers()
  }

  /** One Word paragraph: split at its line breaks and pictures, empty lines dropped. */
  addPieces(found: readonly Piece[], style: TextStyle = {}): void {
    let run: Inline[] = []
    const flush = () => {
      this.addText(run, style)
      run = []
    }
    for (const piece of found) {
      if (!isBreak(piece)) {
        run.push(piece)
        continue
      }
      flush()
      if (piece.kind === 'image') this.paragraphs.push({ kind: 'image' })
      else if (piece.kind === 'pageBreak') this.pageBreak()
    }
    flush()
  }

  addTable(rows: TableRow[]): void {
    if (rows.length === 0) return
    const typed = this.typedMarkers
    const marked = typed ? rows.map((row) => ({ ...row, cells: row.cells.map((cell) => typed.apply(cell)) })) : rows
    this.paragraphs.push({ kind: 'table', rows: marked })
  }

  pageBreak(): void {
    this.pageBreakPending = true
  }

  private addText(run: readonly Inline[], style: TextStyle): void {
    const merged = trimEnds(mergeTexts(run))
    const inlines = this.typedMarkers?.apply(merged) ?? merged
    if (!hasContent(inlines)) return
    const full: TextStyle = {
      ...style,
      ...(boldThroughout(inlines) ? { bold: true } : {}),
      ...(this.pageBreakPending ? { pageBreakBefore: true } : {}),
    }
    this.pageBreakPending = false
    this.paragraphs.push({ kind: 'text', inlines, ...(Object.keys(full).length > 0 ? { style: full } : {}) })
  }
}
