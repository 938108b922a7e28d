import type { Media, Reference } from '../payload-types'
import { figureLabel } from '../richtext/converters'
import { mediaFileOf } from '../storage/mediaFiles'
import type { FootnoteNumbering } from '../richtext/footnoteNumbering'
import type { Block, FigureImage, Inline, TableRow } from './blocks'

type LexicalNode = {
  children?: LexicalNode[]
  fields?: { blockType?: string; reference?: number | Reference | string | null; url?: string }
  format?: number | string
  headerState?: number
  listType?: string
  tag?: string
  text?: string
  type?: string
  value?: Media | number | string | null
}
type RichText = { root?: unknown } | null | undefined

// Lexical's text format bits.
const BOLD = 1
const ITALIC = 2
const SUBSCRIPT = 32
const SUPERSCRIPT = 64

export type FigureCounter = { next: () => number }

/** Shared by the items of one issue: footnotes number across the issue, figures per item. */
export type ReadContext = { footnotes: FootnoteNumbering; figures: FigureCounter }

/** The print size of an image if it was made, else the original, as an uploaded file (on disk or in the bucket). */
function figureImage(media: Media): FigureImage | undefined {
  const print = media.sizes?.print
  const chosen = print?.filename && print.width && print.height ? print : media
  const file = mediaFileOf(media, chosen.filename)
  if (!file || !chosen.width || !chosen.height) return undefined
  return {
    file,
    width: chosen.width,
    height: chosen.height,
    mimeType: (chosen as { mimeType?: string | null }).mimeType || media.mimeType || 'image/png',
  }
}

function inlines(nodes: readonly LexicalNode[] | undefined, context: ReadContext): Inline[] {
  const out: Inline[] = []
  for (const node of nodes ?? []) {
    if (node.type === 'text') {
      const format = typeof node.format === 'number' ? node.format : 0
      out.push({
        kind: 'text',
        text: node.text ?? '',
        ...(format & BOLD ? { bold: true } : {}),
        ...(format & ITALIC ? { italic: true } : {}),
        ...(format & SUBSCRIPT ? { subscript: true } : {}),
        ...(format & SUPERSCRIPT ? { superscript: true } : {}),
      })
    } else if (node.type === 'linebreak') {
      out.push({ kind: 'text', text: '\n' })
    } else if (node.type === 'tab') {
      out.push({ kind: 'text', text: '\t' })
    } else if (node.type === 'link' || node.type === 'autolink') {
      const url = node.fields?.url
      const children = inlines(node.children, context)
      out.push(...(url && /^(https?:|mailto:)/i.test(url) ? [{ kind: 'link' as const, url, children }] : children))
    } else if (node.type === 'inlineBlock' && node.fields?.blockType === 'footnote') {
      const reference = node.fields.reference
      if (reference !== undefined && reference !== null) out.push({ kind: 'footnote', number: context.footnotes.numberFor(reference) })
    } else if (node.children) {
      out.push(...inlines(node.children, context))
    }
  }
  return out
}

function tableRows(table: LexicalNode, context: ReadContext): TableRow[] {
  return (table.children ?? []).map((row) => {
    const cells = row.children ?? []
    return {
      header: cells.length > 0 && cells.every((cell) => (cell.headerState ?? 0) !== 0),
      cells: cells.map((cell) =>
        (cell.children ?? []).flatMap((paragraph, index) => [
          ...(index > 0 ? [{ kind: 'text' as const, text: '\n' }] : []),
          ...inlines(paragraph.children ?? [paragraph], context),
        ]),
      ),
    }
  })
}

function listItems(list: LexicalNode, context: ReadContext): Inline[][] {
  // A nested list prints as further entries of the same list, which is how bulletins lay them out.
  return (list.children ?? []).flatMap((entry) => {
    const nested = (entry.children ?? []).filter((child) => child.type === 'list')
    const own = inlines((entry.children ?? []).filter((child) => child.type !== 'list'), context)
    return [...(own.length ? [own] : []), ...nested.flatMap((child) => listItems(child, context))]
  })
}

function block(node: LexicalNode, context: ReadContext): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [{ kind: 'paragraph', children: inlines(node.children, context) }]
    case 'heading': {
      const level = Math.min(5, Math.max(3, Number(String(node.tag ?? 'h3').slice(1)) || 3)) as 3 | 4 | 5
      return [{ kind: 'heading', level, children: inlines(node.children, context) }]
    }
    case 'quote':
      return [{ kind: 'quote', children: inlines(node.children, context) }]
    case 'list':
      return [{ kind: 'list', ordered: node.listType === 'number', items: listItems(node, context) }]
    case 'table':
      return [{ kind: 'table', rows: tableRows(node, context) }]
    case 'upload': {
      const media = node.value
      if (!media || typeof media !== 'object' || !media.mimeType?.startsWith('image')) return []
      const number = context.figures.next()
      const image = figureImage(media)
      return [
        {
          kind: 'figure',
          number,
          label: figureLabel(media, number),
          captionZh: media.captionZh ?? '',
          ...(media.captionEn ? { captionEn: media.captionEn } : {}),
          ...(media.sourceLine ? { source: media.sourceLine } : {}),
          ...(image ? { image } : {}),
        },
      ]
    }
    default:
      return node.children ? [{ kind: 'paragraph', children: inlines(node.children, context) }] : []
  }
}

/**
 * Rich text as the document tree. Relationships must be populated (uploads, footnote references)
 * for figures to carry their captions and files; footnote numbers come from the shared numbering.
 */
export function lexicalToBlocks(state: RichText, context: ReadContext): Block[] {
  const root = state?.root as LexicalNode | undefined
  return (root?.children ?? []).flatMap((node) => block(node, context))
}

export function figureCounter(): FigureCounter {
  let figure = 0
  return { next: () => ++figure }
}
