import { existsSync } from 'node:fs'

import { plainText } from '../../src/document/blocks'
import { PrintFontsMissing, printFontDirectories } from '../../src/print/fonts'
import { issueToPDF } from '../../src/print/typst'
import type { PrintIssue } from '../../src/print/model'
import { chartPNG } from '../helpers/images'
import { mediaFolder } from '../helpers/mediaFolder'
import { aroundFootnote, CITED_AGAIN, CORRECTION_SOURCE, demoPrintIssue, paragraph, text } from './pdfIssue'
import { readPDF, type ReadPDF, screenshots } from './pdfPoppler'

const ITEMS = 40
/** Everything Typst markup would read as code, markup or a comment, in one title. */
const HOSTILE_TITLE = '#set page(a5) *粗* _斜_ $x^2$ ] @ref <lab> \\ // 注释 `raw`'
const HOSTILE_TEXT = '正文中的 #emph[不是函数] 与 /* 不是注释 */ 以及 ]] 和 \\u{41}'

let issue: PrintIssue
let pdf: ReadPDF
let draft: ReadPDF
const timings: Record<string, number> = {}

const squeeze = (value: string) => value.replace(/\s+/g, '')
const allTitles = () => issue.sections.flatMap((section) => section.items.map((item) => item.title))
/** Front matter (cover, contents) carries no page number; the body's pages do. */
const contentPages = () => pdf.layoutPages.map((page, index) => ({ page, index, number: pdf.footerNumbers[index] })).filter((entry) => entry.number !== undefined)

async function timed(label: string, make: () => Promise<Buffer>): Promise<Buffer> {
  const started = performance.now()
  const bytes = await make()
  timings[label] = Math.round(performance.now() - started)
  return bytes
}

beforeAll(async () => {
  issue = demoPrintIssue({ items: ITEMS, image: mediaFolder('print-pdf').put('chart.png', await chartPNG(1600, 1000)) })
  const second = issue.sections[0].items[1]
  second.title = HOSTILE_TITLE
  second.body.push(paragraph(text(HOSTILE_TEXT)))
  issue.footnotes[1] = { ...issue.footnotes[1], text: '来源 #strong[x] *y* $z$', url: 'https://example.org/a_b#c?d=[e]' }

  pdf = readPDF(await timed('first (fonts loaded)', () => issueToPDF(issue)), 'bulletin')
  draft = readPDF(await timed('warm (the same issue as a draft)', () => issueToPDF({ ...issue, draft: true })), 'bulletin-draft')
  console.log(`A ${ITEMS}-item issue (${pdf.info.Pages} pages) typeset in ms:`, timings)
})

describe('the PDF edition', () => {
  it('is A4, many pages long, with the Noto CJK fonts embedded and the figure placed', () => {
    expect(pdf.info['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/)
    expect(Number(pdf.info.Pages)).toBeGreaterThanOrEqual(8)
    const fontRows = pdf.fonts.split('\n').slice(2).filter(Boolean)
    for (const family of ['NotoSerifCJKsc-Regular', 'NotoSerifCJKsc-Bold', 'NotoSansCJKsc-Bold']) {
      const row = fontRows.find((line) => line.includes(family))
      expect({ family, row }).toEqual({ family, row: expect.stringMatching(/\byes\s+yes\s+yes\b/) })
    }
    expect(pdf.images).toBe(1)
  })

  it('has the masthead and the citation line on the cover', () => {
    const cover = pdf.layoutPages[0]
    for (const line of ['2026', '先进材料动态信息【03】', 'ADVANCED MATERIALS NEWSLETTER', '某研究所', '科研与规划处', '2026年3月14日', '目', issue.citation]) {
      expect(cover).toContain(line)
    }
  })

  it('lists every section and item in 目录 with the page number its title is printed on', () => {
    const front = pdf.layoutPages.slice(0, contentPages()[0].index).join('\n')
    for (const section of issue.sections) expect(front).toContain(`◆ ${section.name}`)
    for (const title of allTitles()) {
      const listed = front.split('\n').find((line) => line.includes(title))
      expect({ title, listed }).toEqual({ title, listed: expect.stringMatching(/\.\s*\.\s*\.\s+\d+\s*$/) })
      const tocNumber = Number(/(\d+)\s*$/.exec(listed as string)![1])
      const printedOn = contentPages().find(({ index }) => squeeze(pdf.rawPages[index]).includes(squeeze(title)))
      expect({ title, page: printedOn?.number }).toEqual({ title, page: tocNumber })
    }
  })

  it('prints every footnote at the foot of the page that cites it, with the issue’s number', () => {
    /** Footnote entries are lines of their own that begin with the number. */
    const entriesOn = (index: number, number: number) => {
      const entry = `${number}${squeeze(issue.footnotes.find((note) => note.number === number)!.text)}`
      return pdf.rawPages[index].split('\n').filter((line) => squeeze(line).startsWith(entry)).length
    }
    const markedOn = (index: number, mark: string) => squeeze(pdf.rawPages[index]).includes(squeeze(mark))
    for (const note of issue.footnotes.filter((entry) => entry.number <= ITEMS)) {
      const page = contentPages().find(({ index }) => entriesOn(index, note.number) > 0)
      expect({ number: note.number, page: page?.number }).toEqual({ number: note.number, page: expect.any(Number) })
      const { before, after } = aroundFootnote(note.number)
      expect({ number: note.number, marked: markedOn(page!.index, `${before}${note.number}${after}`) }).toEqual({ number: note.number, marked: true })
    }
    // A correction's source in item 3 keeps its number (after all others), not the next in print order.
    const corrected = contentPages().find(({ index }) => entriesOn(index, ITEMS + 1) > 0)!
    expect(markedOn(corrected.index, `${CORRECTION_SOURCE}${ITEMS + 1}`)).toBe(true)
    expect(markedOn(corrected.index, `${aroundFootnote(4).before}4${aroundFootnote(4).after}`)).toBe(true)
    // Source 5 cited twice on one page: both marks read 5, the note is printed once.
    const fifth = contentPages().find(({ index }) => entriesOn(index, 5) > 0)!
    expect(markedOn(fifth.index, `${CITED_AGAIN}5`)).toBe(true)
    expect(entriesOn(fifth.index, 5)).toBe(1)
    // Source 1 cited again at the end of the issue, pages later: printed again there under its number.
    const last = pdf.rawPages.length - 1
    expect(markedOn(last, '本条亦参考了首条所引的新闻稿。1')).toBe(true)
    expect(entriesOn(last, 1)).toBe(1)
  })

  it('keeps Chinese typography: no 。，、 opening a line, no space put between Chinese characters, Latin spaced as written', () => {
    // Not ” : poppler starts a new line where Typst tucks ” in after 。 (the page shows one line).
    const lines = pdf.layoutPages.flatMap((page) => page.split('\n').map((line) => line.trim()))
    expect(lines.filter((line) => /^[。，、；：！？）]/.test(line))).toEqual([])
    const text = pdf.rawPages.join('\n')
    const spaced = [...text.matchAll(/\p{Script=Han}[ \u3000]+\p{Script=Han}/gu)].map((match) => match[0])
    // Spaces that are written or are layout: the credit （黄 健）, 目 录, and the gap between two table cells.
    const table = issue.sections[0].items[0].body.find((block) => block.kind === 'table')!
    const cellGaps = table.kind === 'table' ? table.rows.flatMap((row) => row.cells.slice(1).map((cell, index) => `${plainText(row.cells[index]).at(-1)} ${plainText(cell)[0]}`)) : []
    expect(spaced.filter((found) => !['黄 健', '目 录', ...cellGaps].includes(found))).toEqual([])
    expect(text).toContain('布局了 12 个项目')
    expect(text).toContain('厚度仅为 3 nm 的多孔薄膜')
    expect(text).toContain('2026年3月14日')
    expect(text).toContain('（黄 健）')
  })

  it('reads in order: sections and items as the editor ordered them, each item’s parts in sequence', () => {
    const body = squeeze(
      contentPages()
        .map(({ index }) => pdf.rawPages[index])
        .join('\n'),
    )
    const positions = allTitles().map((title) => body.indexOf(squeeze(title)))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    const first = issue.sections[0].items[0].title
    const inOrder = [first, '1 主要做法', '统筹布局重点方向', '省份', '电子新材料', '（冯瑞华）', HOSTILE_TITLE].map((part) =>
      body.indexOf(squeeze(part), body.indexOf(squeeze(first))),
    )
    expect(inOrder.every((position) => position >= 0)).toBe(true)
    expect([...inOrder].sort((a, b) => a - b)).toEqual(inOrder)
    expect(body).toContain(squeeze('图 1 各省国家级新材料产业基地数量'))
    expect(body).toContain(squeeze('Figure 1 Number of national advanced material bases by province'))
  })

  it('prints text from the database as written, whatever Typst would make of it', () => {
    const text = pdf.rawPages.join('\n')
    expect(text).toContain(HOSTILE_TITLE)
    expect(text).toContain(HOSTILE_TEXT)
    expect(text).toContain('来源 #strong[x] *y* $z$')
    expect(pdf.info['Page size']).toMatch(/A4/)
  })

  it('marks a draft on every page, in the header and as a watermark, and a published edition nowhere', () => {
    draft.layoutPages.forEach((page, index) => expect({ index, marked: page.includes('草稿 / DRAFT') }).toEqual({ index, marked: true }))
    // The watermark is set on a slant, so poppler reads it a glyph at a time.
    draft.rawPages.forEach((page, index) => expect({ index, watermark: squeeze(page).includes('草稿DRAFT') }).toEqual({ index, watermark: true }))
    expect(pdf.rawPages.join('\n')).not.toMatch(/草稿|DRAFT/)
  })

  it('keeps screenshots of the first pages under test-results/print', () => {
    const files = [...screenshots(pdf, 3), ...screenshots(draft, 1)]
    expect(files.filter((file) => !existsSync(file))).toEqual([])
  })
})

describe('fonts', () => {
  it('are found in Debian’s fonts-noto-cjk folder on this machine', () => {
    expect(printFontDirectories()).toContain('/usr/share/fonts/opentype/noto')
  })

  it('say which package to install when they are missing, instead of printing boxes', () => {
    expect(() => printFontDirectories(['/nonexistent/fonts'])).toThrow(PrintFontsMissing)
    expect(() => printFontDirectories(['/nonexistent/fonts'])).toThrow(/fonts-noto-cjk.*PRINT_FONT_DIRS/)
  })
})
