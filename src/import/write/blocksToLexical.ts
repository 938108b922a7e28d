import type { Block, Inline } from '../../document/blocks'
import {
  bulletList,
  footnote,
  heading,
  type InlinePart,
  type LexicalBlock,
  link,
  numberedList,
  paragraph,
  quote,
  type RichText,
  richText,
  tableOfRows,
  text,
  textFormat,
} from '../../richtext/lexical'

/** The reference each printed footnote number stands for. */
export type FootnoteReferences = ReadonlyMap<number, number | string>

const HEADING_TAGS = { 3: 'h3', 4: 'h4', 5: 'h5' } as const

function formatOf(inline: Extract<Inline, { kind: 'text' }>): number {
  return (
    (inline.bold ? textFormat.bold : 0) |
    (inline.italic ? textFormat.italic : 0) |
    (inline.subscript ? textFormat.subscript : 0) |
    (inline.superscript ? textFormat.superscript : 0)
  )
}

function inlineParts(inlines: readonly Inline[], references: FootnoteReferences): InlinePart[] {
  return inlines.flatMap((inline): InlinePart[] => {
    if (inline.kind === 'text') return inline.text ? [text(inline.text, formatOf(inline))] : []
    if (inline.kind === 'link') return [link(inline.url, ...inlineParts(inline.children, references))]
    const reference = references.get(inline.number)
    // A marker whose footnote text was never found has nothing to cite; the writer warns about it.
    return reference === undefined ? [] : [footnote(reference)]
  })
}

function lexicalBlocks(block: Block, references: FootnoteReferences): LexicalBlock[] {
  const parts = (inlines: readonly Inline[]) => inlineParts(inlines, references)
  switch (block.kind) {
    case 'paragraph':
      return [paragraph(...parts(block.children))]
    case 'heading':
      return [heading(HEADING_TAGS[block.level], ...parts(block.children))]
    case 'quote':
      return [quote(...parts(block.children))]
    case 'list':
      return [(block.ordered ? numberedList : bulletList)(...block.items.map(parts))]
    case 'table':
      return [tableOfRows(block.rows.map((row) => ({ header: row.header, cells: row.cells.map(parts) })))]
    case 'figure':
      // An archive file's text layer has the caption, not the picture: the caption stays where the figure was.
      return [
        paragraph(`${block.label} ${block.captionZh}`.trim()),
        ...(block.captionEn ? [paragraph(block.captionEn)] : []),
        ...(block.source ? [paragraph(block.source)] : []),
      ]
  }
}

/** An item's body as the admin editor saves it, footnote markers citing the given references. */
export function blocksToLexical(blocks: readonly Block[], references: FootnoteReferences): RichText {
  return richText(...blocks.flatMap((block) => lexicalBlocks(block, references)))
}
