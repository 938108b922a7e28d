import { BorderStyle, type FileChild, HeadingLevel, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx'

import type { Block, TableRow as BlockRow } from '../../document/blocks'
import { figureParagraphs } from './figure'
import type { WordFootnotes } from './footnotes'
import { inlineRuns } from './inlines'
import { NUMBERING, STYLE } from './styles'

/** Item sub-headings: the tree's levels 3–5 are Word's Heading 3–5, below sections (1) and item titles (2). */
const HEADING = { 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4, 5: HeadingLevel.HEADING_5 } as const

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE }

function table(rows: readonly BlockRow[], footnotes: WordFootnotes): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: GRID,
    rows: rows.map(
      (row) =>
        new TableRow({
          // A header row repeats on every page the table runs over, as Word does for its own header rows.
          ...(row.header ? { tableHeader: true } : {}),
          cantSplit: true,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                ...(row.header ? { shading: { fill: 'D9E2F3' } } : {}),
                children: [new Paragraph({ style: STYLE.tableText, children: inlineRuns(cell, footnotes, row.header ? { bold: true } : {}) })],
              }),
          ),
        }),
    ),
  })
}

/**
 * One Word list per list block: `instance` keeps each numbered list counting from (1), so a second
 * list in an item does not continue the first one's numbers.
 */
export class ListInstances {
  private next = 0
  take(): number {
    return ++this.next
  }
}

export async function blockChildren(
  blocks: readonly Block[],
  footnotes: WordFootnotes,
  lists: ListInstances,
  paragraphStyle: string = STYLE.body,
): Promise<FileChild[]> {
  const out: FileChild[] = []
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        if (block.children.length) out.push(new Paragraph({ style: paragraphStyle, children: inlineRuns(block.children, footnotes) }))
        break
      case 'heading':
        out.push(new Paragraph({ heading: HEADING[block.level], children: inlineRuns(block.children, footnotes) }))
        break
      case 'quote':
        out.push(new Paragraph({ style: STYLE.editorsNote, children: inlineRuns(block.children, footnotes) }))
        break
      case 'list': {
        const instance = lists.take()
        const reference = block.ordered ? NUMBERING.ordered : NUMBERING.bullet
        for (const entry of block.items) {
          out.push(new Paragraph({ style: STYLE.list, numbering: { reference, level: 0, instance }, children: inlineRuns(entry, footnotes) }))
        }
        break
      }
      case 'table':
        if (block.rows.length) out.push(table(block.rows, footnotes), new Paragraph({ style: STYLE.source, children: [] }))
        break
      case 'figure':
        out.push(...(await figureParagraphs(block)))
        break
    }
  }
  return out
}
