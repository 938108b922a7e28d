import type { Footnote } from '../../document/blocks'
import type { SourceParagraph } from '../model'
import { footnoteFromNote, isNoteList } from './footnotes'
import { childElements, type HtmlElement, type HtmlNode, isElement, parseHtml } from './html'
import { type NoteNumbers, pieces } from './inlines'
import { ParagraphStream } from './paragraphStream'
import { isLayoutTable, tableRowElements, tableRows } from './tables'

const HEADING = /^h([1-6])$/
// Mammoth's anchor on a reference to one of the file's own footnotes or endnotes.
const OWN_NOTE_REFERENCE = /id="(?:footnote|endnote)-ref-/
const BLOCK_IN_LIST_ITEM = new Set(['p', 'ol', 'ul', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

class HtmlWalker {
  readonly stream: ParagraphStream
  readonly notes: NoteNumbers = new Map()
  readonly noteItems: HtmlElement[] = []

  constructor(hasOwnNotes: boolean) {
    this.stream = new ParagraphStream(!hasOwnNotes)
  }

  blocks(nodes: readonly HtmlNode[]): void {
    for (const node of nodes) {
      if (!isElement(node)) {
        this.stream.addPieces(pieces([node], this.notes))
        continue
      }
      const heading = HEADING.exec(node.name)
      if (node.name === 'p') this.stream.addPieces(pieces(node.children, this.notes))
      else if (heading) this.stream.addPieces(pieces(node.children, this.notes), { heading: Number(heading[1]) })
      else if (isNoteList(node)) this.noteItems.push(...childElements(node, 'li'))
      else if (node.name === 'ol' || node.name === 'ul') this.list(node)
      else if (node.name === 'table') this.table(node)
      else if (node.name === 'dl') continue // Word comments: the reviewers' remarks, not the issue
      else this.stream.addPieces(pieces([node], this.notes))
    }
  }

  private list(list: HtmlElement): void {
    const style = { listItem: true, ordered: list.name === 'ol' }
    for (const item of childElements(list, 'li')) {
      let inline: HtmlNode[] = []
      const flush = () => {
        this.stream.addPieces(pieces(inline, this.notes), style)
        inline = []
      }
      for (const child of item.children) {
        if (!isElement(child) || !BLOCK_IN_LIST_ITEM.has(child.name)) {
          inline.push(child)
          continue
        }
        flush()
        if (child.name === 'ol' || child.name === 'ul') this.list(child)
        else if (child.name === 'table') this.table(child)
        else this.stream.addPieces(pieces(child.children, this.notes), style)
      }
      flush()
    }
  }

  private table(table: HtmlElement): void {
    if (!isLayoutTable(table)) {
      this.stream.addTable(tableRows(table, this.notes))
      return
    }
    for (const row of tableRowElements(table)) {
      for (const cell of childElements(row, 'td', 'th')) this.blocks(cell.children)
    }
  }
}

/** Mammoth's HTML of a Word file → the paragraph stream, and the file's own footnotes with their printed numbers. */
export function htmlToSource(html: string): { paragraphs: SourceParagraph[]; footnotes: Footnote[] } {
  const walker = new HtmlWalker(OWN_NOTE_REFERENCE.test(html))
  walker.blocks(parseHtml(html))
  const footnotes = walker.noteItems
    .map((item) => footnoteFromNote(item, walker.notes))
    .filter((footnote): footnote is Footnote => footnote !== undefined)
    .sort((a, b) => a.number - b.number)
  return { paragraphs: walker.stream.paragraphs, footnotes }
}
