import type { Block, Inline } from '../../src/document/blocks'
import type { PrintIssue } from '../../src/print/model'
import { mediaFileBytes } from '../../src/storage/mediaFiles'
import { initPayload, type TestPayload } from '../helpers/initPayload'

let context: TestPayload
let printed: PrintIssue
let delivered: {
  sections: Array<{ name: string; items: Array<{ title: string; creditLine: string; html: string }> }>
  footnotes: Array<{ number: number; title: string; url: string | null }>
}

function markers(blocks: readonly Block[]): number[] {
  const fromInlines = (inlines: readonly Inline[]): number[] =>
    inlines.flatMap((inline) => (inline.kind === 'footnote' ? [inline.number] : inline.kind === 'link' ? fromInlines(inline.children) : []))
  return blocks.flatMap((block) => {
    if (block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'quote') return fromInlines(block.children)
    if (block.kind === 'list') return block.items.flatMap(fromInlines)
    if (block.kind === 'table') return block.rows.flatMap((row) => row.cells.flatMap(fromInlines))
    return []
  })
}

beforeAll(async () => {
  context = await initPayload('print-load', { content: 'demo' })
  const { issueByNumber, seriesBySlug } = await import('../../src/delivery/published')
  const { inReadingOrder } = await import('../../src/lib/readingOrder')
  const { relationID } = await import('../../src/lib/relationID')
  const { itemsOfIssue } = await import('../../src/delivery/published')
  const { issueNumbering } = await import('../../src/richtext/footnoteNumbering')
  const { renderContext, richTextToHTML } = await import('../../src/richtext/toHTML')
  const { creditLine } = await import('../../src/lib/credits')
  const { doiURL } = await import('../../src/lib/identifiers')
  const { loadPrintIssue } = await import('../../src/print/load')
  const { docs } = await context.payload.find({ collection: 'series', limit: 1 })
  const series = await seriesBySlug(context.payload, docs[0].slug!)
  const issue = await issueByNumber(context.payload, series, 2026, 1)
  printed = await loadPrintIssue(context.payload, issue)
  // What the delivery API renders (src/delivery/issueContents.ts, without its HTML sanitizer, which jest cannot load).
  const items = inReadingOrder(issue, await itemsOfIssue(context.payload, issue, true))
  const numbering = issueNumbering(issue)
  delivered = {
    sections: (issue.sections ?? []).map((row) => {
      const section = row.section as { id: number; name: string }
      return {
        name: section.name,
        items: items
          .filter((item) => relationID(item.section) === section.id)
          .map((item) => ({
            title: item.title,
            creditLine: creditLine(item.credits as never),
            html: richTextToHTML(item.body, renderContext(numbering)),
          })),
      }
    }),
    footnotes: [],
  }
  delivered.footnotes = numbering.notes
    .sort((a, b) => a.number - b.number)
    .map((note) => {
      const reference = note.reference as { doi?: string | null; title: string; url?: string | null }
      return { number: note.number, title: reference.title, url: reference.url ?? (reference.doi ? doiURL(reference.doi) : null) }
    })
})

afterAll(async () => {
  await context?.close()
})

describe('the issue as the printed edition lays it out', () => {
  it('has the sections, items and credit lines the delivery API has, in the same order', () => {
    expect(printed.sections.map((section) => section.name)).toEqual(delivered.sections.map((section) => section.name))
    expect(printed.sections.flatMap((section) => section.items.map((item) => [item.title, item.creditLine]))).toEqual(
      delivered.sections.flatMap((section) => section.items.map((item) => [item.title, item.creditLine])),
    )
    expect(printed.label).toBe('2026【01】')
    expect(printed.bracketNumber).toBe('【01】')
    expect(printed.citation.startsWith(`${printed.seriesTitle}[J]. 2026(1).`)).toBe(true)
    expect(printed.dateLine).toMatch(/^2026年1月\d{1,2}日$/)
  })

  it('numbers footnotes exactly as the delivery API does, in the items that cite them', () => {
    expect(printed.footnotes.map((note) => [note.number, note.url ?? null])).toEqual(
      delivered.footnotes.map((note) => [note.number, note.url]),
    )
    for (const [index, section] of printed.sections.entries()) {
      for (const [position, item] of section.items.entries()) {
        const html = delivered.sections[index].items[position].html
        const webNumbers = [...html.matchAll(/href="#fn-(\d+)"/g)].map((match) => Number(match[1]))
        expect(markers(item.body)).toEqual(webNumbers)
      }
    }
    expect(printed.footnotes.length).toBeGreaterThan(2)
  })

  it('carries tables and figures with their uploaded image files', async () => {
    const blocks = printed.sections.flatMap((section) => section.items.flatMap((item) => item.body))
    expect(blocks.some((block) => block.kind === 'table' && block.rows[0].header)).toBe(true)
    const figures = blocks.filter((block) => block.kind === 'figure')
    expect(figures.length).toBeGreaterThan(0)
    for (const figure of figures) {
      expect(figure.captionZh).not.toBe('')
      expect(figure.image && (await mediaFileBytes(figure.image.file))?.length).toBeGreaterThan(0)
    }
  })
})
