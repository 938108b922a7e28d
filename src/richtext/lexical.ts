import { randomBytes } from 'node:crypto'

import type {
  SerializedHeadingNode,
  SerializedInlineBlockNode,
  SerializedLinkNode,
  SerializedListItemNode,
  SerializedListNode,
  SerializedParagraphNode,
  SerializedQuoteNode,
  SerializedTableCellNode,
  SerializedTableNode,
  SerializedTableRowNode,
  SerializedTextNode,
  SerializedUploadNode,
} from '@payloadcms/richtext-lexical'

import type { FootnoteBlock, Item } from '../payload-types'

/**
 * Builders for the Lexical JSON that the admin editor itself would save: the demo content is
 * written with them, and the archive import turns a recognised document tree into it.
 */

export type RichText = NonNullable<Item['body']>
export type LexicalInline = SerializedInlineBlockNode | SerializedLinkNode | SerializedTextNode
export type InlinePart = LexicalInline | string
export type LexicalBlock =
  | SerializedHeadingNode
  | SerializedListNode
  | SerializedParagraphNode
  | SerializedQuoteNode
  | SerializedTableNode
  | SerializedUploadNode

/** Lexical's text format bits. */
export const textFormat = { bold: 1, italic: 2, subscript: 32, superscript: 64 } as const
const HEADER_ROW = 1 // TableCellHeaderStates.ROW
const NO_HEADER = 0

const elementDefaults = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

/** Nodes with sub-fields need an id unique in the document; the editor uses ObjectID-style hex. */
function nodeID(): string {
  return randomBytes(12).toString('hex')
}

export function text(content: string, format = 0): SerializedTextNode {
  return { type: 'text', detail: 0, format, mode: 'normal', style: '', text: content, version: 1 }
}

function inline(part: InlinePart): LexicalInline {
  return typeof part === 'string' ? text(part) : part
}

export function bold(content: string): SerializedTextNode {
  return text(content, textFormat.bold)
}

export function paragraph(...parts: InlinePart[]): SerializedParagraphNode {
  return { type: 'paragraph', children: parts.map(inline), textFormat: 0, textStyle: '', ...elementDefaults }
}

export function heading(tag: 'h3' | 'h4' | 'h5', ...parts: InlinePart[]): SerializedHeadingNode {
  return { type: 'heading', tag, children: parts.map(inline), ...elementDefaults }
}

export function quote(...parts: InlinePart[]): SerializedQuoteNode {
  return { type: 'quote', children: parts.map(inline), ...elementDefaults }
}

/** A link to a web address, as the editor's link button makes it. */
export function link(url: string, ...parts: InlinePart[]): SerializedLinkNode {
  return {
    type: 'link',
    id: nodeID(),
    fields: { linkType: 'custom', newTab: false, url },
    children: parts.map(inline),
    ...elementDefaults,
  }
}

function list(listType: 'bullet' | 'number', entries: InlinePart[][]): SerializedListNode {
  const items: SerializedListItemNode[] = entries.map((parts, index) => ({
    type: 'listitem',
    value: index + 1,
    checked: undefined, // only check lists use it
    children: parts.map(inline),
    ...elementDefaults,
  }))
  return { type: 'list', listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul', children: items, ...elementDefaults }
}

/** Each entry is the parts of one list item, e.g. [bold('Lead. '), 'rest of the sentence']. */
export function numberedList(...entries: InlinePart[][]): SerializedListNode {
  return list('number', entries)
}

export function bulletList(...entries: InlinePart[][]): SerializedListNode {
  return list('bullet', entries)
}

/** A cell is a text or the parts of one paragraph (text with footnote markers, links, …). */
export type TableCell = InlinePart | InlinePart[]
export type TableRowSpec = { header: boolean; cells: TableCell[] }

function tableCell(content: TableCell, headerState: number): SerializedTableCellNode {
  const parts = Array.isArray(content) ? content : [content]
  return { type: 'tablecell', headerState, colSpan: 1, rowSpan: 1, children: [paragraph(...parts)], ...elementDefaults }
}

function tableRow({ cells, header }: TableRowSpec): SerializedTableRowNode {
  const headerState = header ? HEADER_ROW : NO_HEADER
  return { type: 'tablerow', children: cells.map((cell) => tableCell(cell, headerState)), ...elementDefaults }
}

/** A table with heading rows wherever the source has them. */
export function tableOfRows(rows: TableRowSpec[]): SerializedTableNode {
  return { type: 'table', children: rows.map(tableRow), ...elementDefaults }
}

/** A table whose first row holds the column headings. */
export function table(header: TableCell[], ...rows: TableCell[][]): SerializedTableNode {
  return tableOfRows([{ header: true, cells: header }, ...rows.map((cells) => ({ header: false, cells }))])
}

export function upload(mediaID: number): SerializedUploadNode {
  return { type: 'upload', version: 3, relationTo: 'media', value: mediaID, fields: {}, format: '', id: nodeID() }
}

/** A footnote marker; its number is assigned when the issue is rendered. */
export function footnote(referenceID: number | string): SerializedInlineBlockNode<Omit<FootnoteBlock, 'blockType' | 'id'>> {
  return {
    type: 'inlineBlock',
    version: 1,
    fields: { id: nodeID(), blockName: '', blockType: 'footnote', reference: referenceID as number },
  }
}

export function richText(...blocks: LexicalBlock[]): RichText {
  return { root: { type: 'root', children: blocks, ...elementDefaults } }
}
