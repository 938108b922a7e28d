import { randomBytes } from 'node:crypto'

import type {
  SerializedHeadingNode,
  SerializedInlineBlockNode,
  SerializedListItemNode,
  SerializedListNode,
  SerializedParagraphNode,
  SerializedTableCellNode,
  SerializedTableNode,
  SerializedTableRowNode,
  SerializedTextNode,
  SerializedUploadNode,
} from '@payloadcms/richtext-lexical'

import type { FootnoteBlock, Item } from '../payload-types'

/** Builders for the Lexical JSON that the admin editor itself would save. */

export type RichText = NonNullable<Item['body']>
type Inline = SerializedInlineBlockNode | SerializedTextNode
type InlinePart = Inline | string
type Block =
  | SerializedHeadingNode
  | SerializedListNode
  | SerializedParagraphNode
  | SerializedTableNode
  | SerializedUploadNode

const BOLD = 1 // Lexical's format bit for bold text
const HEADER_ROW = 1 // TableCellHeaderStates.ROW
const NO_HEADER = 0

const elementDefaults = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

/** Nodes with sub-fields need an id unique in the document; the editor uses ObjectID-style hex. */
function nodeID(): string {
  return randomBytes(12).toString('hex')
}

function text(content: string, format = 0): SerializedTextNode {
  return { type: 'text', detail: 0, format, mode: 'normal', style: '', text: content, version: 1 }
}

function inline(part: InlinePart): Inline {
  return typeof part === 'string' ? text(part) : part
}

export function bold(content: string): SerializedTextNode {
  return text(content, BOLD)
}

export function paragraph(...parts: InlinePart[]): SerializedParagraphNode {
  return { type: 'paragraph', children: parts.map(inline), textFormat: 0, textStyle: '', ...elementDefaults }
}

export function heading(tag: 'h3' | 'h4', content: string): SerializedHeadingNode {
  return { type: 'heading', tag, children: [text(content)], ...elementDefaults }
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

function tableCell(content: string, headerState: number): SerializedTableCellNode {
  return { type: 'tablecell', headerState, colSpan: 1, rowSpan: 1, children: [paragraph(content)], ...elementDefaults }
}

function tableRow(cells: string[], headerState: number): SerializedTableRowNode {
  return { type: 'tablerow', children: cells.map((cell) => tableCell(cell, headerState)), ...elementDefaults }
}

/** A table whose first row holds the column headings. */
export function table(header: string[], ...rows: string[][]): SerializedTableNode {
  return {
    type: 'table',
    children: [tableRow(header, HEADER_ROW), ...rows.map((row) => tableRow(row, NO_HEADER))],
    ...elementDefaults,
  }
}

export function upload(mediaID: number): SerializedUploadNode {
  return { type: 'upload', version: 3, relationTo: 'media', value: mediaID, fields: {}, format: '', id: nodeID() }
}

/** A footnote marker; its number is assigned when the issue is rendered. */
export function footnote(referenceID: number): SerializedInlineBlockNode<Omit<FootnoteBlock, 'blockType' | 'id'>> {
  return {
    type: 'inlineBlock',
    version: 1,
    fields: { id: nodeID(), blockName: '', blockType: 'footnote', reference: referenceID },
  }
}

export function richText(...blocks: Block[]): RichText {
  return { root: { type: 'root', children: blocks, ...elementDefaults } }
}
