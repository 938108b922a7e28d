import sharp from 'sharp'

import type { Block, FigureImage, Inline } from '../../document/blocks'
import { mediaFileBytes } from '../../storage/mediaFiles'
import type { PrintIssue } from '../model'
import type { TypstFile } from './compiler'

/** Formats Typst places as they are; anything else (TIFF, AVIF, …) is converted to PNG first. */
const TYPST_IMAGE_TYPES: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/svg+xml': 'svg' }

/** A footnote mark as the template reads it: `first` is the citation that prints the note's text. */
type MarkedInline = Exclude<Inline, { kind: 'footnote' | 'link' }> | { kind: 'link'; url: string; children: MarkedInline[] } | { kind: 'footnote'; number: number; first: boolean }

function markFirstCitations(issue: PrintIssue): PrintIssue {
  const seen = new Set<number>()
  const inlines = (list: Inline[]): MarkedInline[] =>
    list.map((inline) => {
      if (inline.kind === 'link') return { ...inline, children: inlines(inline.children) }
      if (inline.kind !== 'footnote') return inline
      const first = !seen.has(inline.number)
      seen.add(inline.number)
      return { ...inline, first }
    })
  const blocks = (list: Block[]): Block[] =>
    list.map((block) => {
      switch (block.kind) {
        case 'paragraph':
        case 'heading':
        case 'quote':
          return { ...block, children: inlines(block.children) as Inline[] }
        case 'list':
          return { ...block, items: block.items.map((entry) => inlines(entry) as Inline[]) }
        case 'table':
          return { ...block, rows: block.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => inlines(cell) as Inline[]) })) }
        default:
          return block
      }
    })
  return {
    ...issue,
    sections: issue.sections.map((section) => ({
      ...section,
      editorsNote: blocks(section.editorsNote),
      items: section.items.map((item) => ({ ...item, body: blocks(item.body) })),
    })),
  }
}

/** A block as the template reads it: a figure's image is its copy under the compiler's root. */
type TemplateBlock =
  | Exclude<Block, { kind: 'figure' }>
  | (Omit<Extract<Block, { kind: 'figure' }>, 'image'> & { image?: Omit<FigureImage, 'file'> & { path: string } })

async function figureFile(image: FigureImage, index: number): Promise<TypstFile | undefined> {
  const bytes = await mediaFileBytes(image.file)
  if (!bytes) return undefined
  const extension = TYPST_IMAGE_TYPES[image.mimeType]
  if (extension) return { path: `figures/${index}.${extension}`, bytes }
  return { path: `figures/${index}.png`, bytes: await sharp(bytes).png().toBuffer() }
}

/**
 * The issue as the template's data, and the figure files it places. Figures point at their copy
 * under the compiler's root; a figure whose file has gone missing keeps its captions.
 */
export async function typstIssueData(issue: PrintIssue): Promise<{ data: string; files: TypstFile[] }> {
  const files: TypstFile[] = []
  let figures = 0
  const placed = async (block: Block): Promise<TemplateBlock> => {
    if (block.kind !== 'figure') return block
    const { image, ...captions } = block
    const file = image && (await figureFile(image, ++figures))
    if (!image || !file) return captions
    files.push(file)
    const { file: _stored, ...size } = image
    return { ...captions, image: { ...size, path: `/${file.path}` } }
  }
  const marked = markFirstCitations(issue)
  const sections = []
  for (const section of marked.sections) {
    const items = []
    for (const item of section.items) items.push({ ...item, body: await Promise.all(item.body.map(placed)) })
    sections.push({ ...section, editorsNote: await Promise.all(section.editorsNote.map(placed)), items })
  }
  return { data: JSON.stringify({ ...marked, sections }), files }
}
