/**
 * readPDF on a bulletin typeset with Typst in the printed shape (fixtures/bulletinTypst.ts),
 * then recognised: the cover, the 目录, running headers and page numbers left out, superscript
 * markers and page-bottom footnotes, a paragraph broken over a page joined again, the table,
 * published-in and credit lines. Files that are not PDFs, or PDFs without text, are refused clearly.
 */
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler'

import { plainText } from '../../src/document/blocks'
import type { ImportedIssue, SourceDocument } from '../../src/import/model'
import { readPDF } from '../../src/import/readPDF'
import { recogniseIssue } from '../../src/import/recognise'
import { printFontDirectories } from '../../src/print/fonts'
import { RequestError } from '../../src/lib/RequestError'
import { chartPNG } from '../helpers/images'
import { TYPST_BULLETIN, typesetBulletin, typesetScan } from './fixtures/bulletinTypst'
import { allItems, blockTexts, citingTitles, itemTitled } from './fixtures/recogniseHelpers'

const CJK_SPACE_CJK = /[\u4e00-\u9fff] (?=[\u4e00-\u9fff])/

let source: SourceDocument
let issue: ImportedIssue

beforeAll(async () => {
  source = await readPDF(typesetBulletin())
  issue = recogniseIssue(source)
})

test('the reader gives paragraphs in reading order, headers and page numbers out, no spaces between CJK characters of justified lines', () => {
  const texts = source.paragraphs.flatMap((paragraph) => (paragraph.kind === 'text' ? [plainText(paragraph.inlines)] : []))
  expect(source.format).toBe('pdf')
  expect(texts.slice(0, 3)).toEqual(['2024', '海洋观测动态', '2024 年第 2 期'])
  expect(texts.filter((text) => text.includes('2024年第2期') || text.includes('2024 年第 2 期'))).toHaveLength(1)
  expect(texts.filter((text) => /^\d{1,2}$/.test(text))).toEqual([])
  expect(texts.filter((text) => CJK_SPACE_CJK.test(text.replace(/（.+）$/, '').replace(/^目 录$/, '')))).toEqual([])
  expect(texts.indexOf(TYPST_BULLETIN.titles[1]!)).toBeGreaterThan(texts.indexOf(TYPST_BULLETIN.titles[0]!, texts.indexOf('目 录') + 4))
})

test('the cover is the masthead', () => {
  expect(issue.masthead).toEqual({
    year: 2024,
    number: 2,
    seriesTitle: '海洋观测动态',
    seriesTitleEn: 'OCEAN OBSERVATION BULLETIN',
    publisherInstitute: '东海大学海洋研究院',
    publisherOffice: '学科发展办公室',
    date: '2024-04-08',
  })
})

test('the sections and titles of the dot-leader 目录, every entry found in the body', () => {
  const [network, buoy, acid] = TYPST_BULLETIN.titles
  expect(issue.sections.map((section) => [section.name, section.items.map((item) => item.title)])).toEqual([
    ['政策观察', [network]],
    ['研究动态', [buoy, acid]],
  ])
  expect(issue.warnings.map((warning) => warning.code)).toEqual([])
})

test('superscript markers and the footnotes from the foot of their pages, placed in the citing items', () => {
  expect(issue.footnotes.map(({ number, url }) => ({ number, url }))).toEqual([
    { number: 1, url: undefined },
    { number: 2, url: 'https://www.example.org/policy/2024/ocean-data-sharing' },
    { number: 3, url: 'https://news.example.edu.cn/2024/03/typhoon-buoy.html' },
  ])
  expect(issue.footnotes[0]!.text.replace(/\s/g, '')).toBe('各省海洋观测网建设方案汇编，2024年3月。')
  const [network, buoy] = TYPST_BULLETIN.titles
  expect(citingTitles(issue)).toEqual({ 1: [network], 2: [network], 3: [buoy] })
  const bodies = allItems(issue).flatMap((item) => blockTexts(item.body))
  expect(bodies.filter((text) => text.includes('example.') || text.includes('方案汇编'))).toEqual([])
})

/**
 * Markers a typesetter sets in the font's own superscript glyphs (Typst's default, Libertinus has
 * them: full size, on the baseline in the text layer, only narrower) or smaller and raised only a
 * little; and numbers in the running text beside them that are no markers.
 */
const FONT_SUPERSCRIPTS = `
#set page(paper: "a5", margin: 2cm)
#set text(font: ((name: "Libertinus Serif", covers: "latin-in-cjk"), "Noto Serif CJK SC"), size: 10.5pt, lang: "zh", cjk-latin-spacing: none)
课题组从 5000 种候选配方中筛选出 37 种组合，验证了其中的 9 种。#footnote[某实验室年报，2025 年。]2026 年将扩大到 12 个省份。#footnote[https://example.org/report/2026]

监测站由 2019 年的 86 个增至 148 个#super(typographic: false, baseline: -0.1em)[3]，覆盖全部沿海地市。
`

test('markers in the font’s superscript glyphs or barely raised are markers; the numbers of the running text stay text', async () => {
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: printFontDirectories() }] })
  const read = await readPDF(new Uint8Array(compiler.pdf({ mainFileContent: FONT_SUPERSCRIPTS })))
  const marked = read.paragraphs.map((paragraph) =>
    paragraph.kind === 'text' ? paragraph.inlines.map((inline) => (inline.kind === 'footnote' ? `[${inline.number}]` : plainText([inline]))).join('') : '',
  )
  expect(marked).toEqual([
    '课题组从5000种候选配方中筛选出37种组合，验证了其中的9种。[1]2026年将扩大到12个省份。[2]',
    '监测站由2019年的86个增至148个[3]，覆盖全部沿海地市。',
    '[1]某实验室年报，2025年。',
    '[2]https://example.org/report/2026',
  ])
})

test('the item running over pages: its paragraph cut by the page end (and the footnote below it) is one paragraph again', () => {
  const network = itemTitled(issue, TYPST_BULLETIN.titles[0]!)
  const paragraphs = network.body.filter((block) => block.kind === 'paragraph')
  // The item has 11 paragraphs as written; the reader hands over more, cut at page ends.
  expect(paragraphs).toHaveLength(11)
  const start = source.paragraphs.findIndex((paragraph) => paragraph.kind === 'text' && plainText(paragraph.inlines) === TYPST_BULLETIN.titles[0])
  const end = source.paragraphs.findIndex((paragraph) => paragraph.kind === 'text' && plainText(paragraph.inlines) === '（张 伟）')
  const pieces = source.paragraphs.slice(start + 1, end).filter((paragraph) => paragraph.kind === 'text' && paragraph.inlines[0]?.kind !== 'footnote')
  expect(pieces.length).toBeGreaterThan(11)
  for (const text of blockTexts(paragraphs)) expect(text).toMatch(/。$/)
})

test('the table between its caption and source line, the published-in line as data, credits as printed', () => {
  const acid = itemTitled(issue, TYPST_BULLETIN.titles[2]!)
  const at = acid.body.findIndex((block) => block.kind === 'table')
  const table = acid.body[at]!
  expect(table.kind === 'table' && table.rows.map((row) => row.cells.map((cell) => plainText(cell).replace(/\s/g, '')))).toEqual([
    ['站点', '2021年', '2022年', '2023年'],
    ['甲站', '8.06', '8.05', '8.04'],
    ['乙站', '8.02', '8.01', '8.00'],
    ['丙站', '8.09', '8.08', '8.07'],
  ])
  expect(blockTexts([acid.body[at - 1]!, acid.body[at + 1]!])).toEqual(['表 1 三个监测站点的年均pH值', '资料来源：东海大学海洋研究院监测数据'])
  expect(itemTitled(issue, TYPST_BULLETIN.titles[1]!).publishedIn).toEqual([
    { journal: 'Geophysical Research Letters', articleTitle: 'Continuous buoy observations under a super typhoon' },
  ])
  expect(allItems(issue).map((item) => item.credits)).toEqual([['张 伟'], ['科技日报', '中国日报'], ['陈 静']])
})

async function refusalOf(bytes: Uint8Array): Promise<RequestError> {
  const error = await readPDF(bytes).then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(RequestError)
  return error as RequestError
}

test('a PNG renamed .pdf, a truncated PDF and random bytes are refused with a bilingual 400 saying it is not a PDF', async () => {
  const png = await chartPNG(300, 200)
  const pdf = typesetBulletin()
  for (const bytes of [new Uint8Array(png), pdf.subarray(0, 2000), new Uint8Array(4096).map((_, at) => (at * 7919) % 251)]) {
    const error = await refusalOf(bytes)
    expect(error.status).toBe(400)
    expect(error.data).toEqual({
      en: 'This file is not a PDF that can be read. Export the bulletin from Word as PDF again, or import the .docx.',
      zh: '无法读取该文件：它不是有效的 PDF。请从 Word 重新导出 PDF，或直接导入 .docx 文件。',
    })
  }
})

test('a scanned PDF (pictures only) is refused: there is no text layer to import', async () => {
  const error = await refusalOf(await typesetScan())
  expect(error.status).toBe(400)
  expect((error.data as { en: string }).en).toMatch(/no text layer/)
  expect((error.data as { zh: string }).zh).toMatch(/没有文字层/)
})
