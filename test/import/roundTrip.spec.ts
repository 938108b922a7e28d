import sharp from 'sharp'

import type { ImportedIssue } from '../../src/import/model'
import type { PrintIssue } from '../../src/print/model'
import { mediaFolder } from '../helpers/mediaFolder'
import { demoPrintIssue } from '../print/pdfIssue'

// The CMS's own editions, read back by the archive import: what the office prints, the import
// must bring in again, with nothing lost or invented.
let printed: PrintIssue
const imported: Partial<Record<'pdf' | 'docx', ImportedIssue>> = {}

beforeAll(async () => {
  const figure = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#3a6ea5' } }).png().toBuffer()
  printed = demoPrintIssue({ items: 12, image: mediaFolder('round-trip').put('figure.png', figure) })
  const { issueToPDF } = await import('../../src/print/typst')
  const { issueToDocx } = await import('../../src/print/docx')
  const { readPDF } = await import('../../src/import/readPDF')
  const { readDocx } = await import('../../src/import/readDocx')
  const { recogniseIssue } = await import('../../src/import/recognise')
  imported.pdf = recogniseIssue(await readPDF(new Uint8Array(await issueToPDF(printed))))
  imported.docx = recogniseIssue(await readDocx(await issueToDocx(printed)))
})

const squeeze = (value: string) => value.replace(/\s+/g, '')

describe.each(['pdf', 'docx'] as const)('the %s edition imported again', (format) => {
  it('has the cover as printed', () => {
    expect(imported[format]!.masthead).toMatchObject({ year: 2026, number: 3, date: '2026-03-14' })
    expect(squeeze(imported[format]!.masthead.seriesTitle ?? '')).toBe(printed.seriesTitle)
  })

  it('has every section and item title in order', () => {
    expect(imported[format]!.sections.map((section) => section.name)).toEqual(printed.sections.map((section) => section.name))
    expect(imported[format]!.sections.map((section) => section.items.map((item) => squeeze(item.title)))).toEqual(
      printed.sections.map((section) => section.items.map((item) => squeeze(item.title))),
    )
  })

  it('has every item’s credit and published-in line', () => {
    const credits = (issue: { sections: Array<{ items: Array<{ credits?: string[]; creditLine?: string }> }> }) =>
      issue.sections.flatMap((section) => section.items.map((item) => squeeze(item.credits?.join('、') ?? item.creditLine!.slice(1, -1))))
    expect(credits(imported[format]!)).toEqual(credits(printed))
    const journals = imported[format]!.sections.flatMap((section) => section.items.map((item) => item.publishedIn[0]?.journal ?? ''))
    expect(journals).toEqual(printed.sections.flatMap((section) => section.items.map((item) => (item.publishedInLine ? 'Advanced Materials' : ''))))
  })

  it('has every footnote with its URL, numbered as printed', () => {
    const urls = (notes: Array<{ number: number; url?: string }>) => notes.map((note) => [note.number, note.url])
    // The PDF prints the API's numbers; Word numbers its own footnotes in citation order, so the
    // correction's source (13, cited in item 3) is the Word file's fourth.
    const inCitationOrder = [...printed.footnotes.slice(0, 3), printed.footnotes[12], ...printed.footnotes.slice(3, 12)].map((note, index) => ({ ...note, number: index + 1 }))
    expect(urls(imported[format]!.footnotes)).toEqual(urls(format === 'pdf' ? printed.footnotes : inCitationOrder))
  })
})
