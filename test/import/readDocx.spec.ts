/**
 * The Word reader of the archive import, on a bulletin a typist would make in Word (built here
 * with the docx package from data that also says what must come back), and on files that are
 * not Word documents at all.
 */

import { type Block, citedFootnoteNumbers, type Inline, plainText } from '../../src/document/blocks'
import type { ImportedIssue, SourceDocument, SourceParagraph } from '../../src/import/model'
import { readDocx } from '../../src/import/readDocx'
import { recogniseIssue } from '../../src/import/recognise'
import { RequestError } from '../../src/lib/RequestError'
import { issueToDocx } from '../../src/print/docx'
import type { PrintIssue } from '../../src/print/model'
import { chartPNG } from '../helpers/images'
import { mediaFolder } from '../helpers/mediaFolder'
import { demoPrintIssue } from '../print/pdfIssue'
import {
  buildBulletinDocx,
  type DocxBuildOptions,
  type DocxBulletin,
  demoBulletin,
  expectedBulletin,
  figureCaptions,
  tableCaptions,
} from './fixtures/buildBulletinDocx'
import { notWordFiles } from './fixtures/docxBadFiles'

type TextParagraph = Extract<SourceParagraph, { kind: 'text' }>

const expected = expectedBulletin(demoBulletin)
const allItems = demoBulletin.sections.flatMap((section) => section.items)
let source: SourceDocument

beforeAll(async () => {
  source = await readDocx(await buildBulletinDocx(demoBulletin))
})

const texts = (): TextParagraph[] => source.paragraphs.filter((paragraph): paragraph is TextParagraph => paragraph.kind === 'text')
const textOf = (paragraph: SourceParagraph) => (paragraph.kind === 'text' ? plainText(paragraph.inlines) : '')
const indexOfText = (text: string, from = 0) => source.paragraphs.findIndex((paragraph, index) => index >= from && textOf(paragraph) === text)

function footnoteNumbers(inlines: readonly Inline[]): number[] {
  return inlines.flatMap((inline) => (inline.kind === 'footnote' ? [inline.number] : inline.kind === 'link' ? footnoteNumbers(inline.children) : []))
}

/** The paragraphs from an item's title up to its credit line, as the stream has them. */
function itemParagraphs(title: string): SourceParagraph[] {
  const start = indexOfText(title, indexOfText('◆ 深度分析'))
  const rest = source.paragraphs.slice(start)
  const end = rest.findIndex((paragraph) => /^（.+）$/.test(textOf(paragraph)))
  return rest.slice(0, end + 1)
}

describe('a bulletin typed in Word, as the paragraph stream', () => {
  it('is a docx source with the cover lines first, as printed', () => {
    expect(source.format).toBe('docx')
    expect(source.paragraphs.slice(0, 6).map(textOf)).toEqual([
      '2026',
      '能源材料动态【03】',
      'ENERGY MATERIALS BULLETIN',
      '东湖新能源研究院',
      '科研与规划处',
      '2026年3月20日',
    ])
  })

  it('keeps the typed 目录 as lines with the tab before each page number, after a page break', () => {
    const contents = indexOfText('目 录')
    expect(source.paragraphs[contents]).toMatchObject({ style: { pageBreakBefore: true } })
    const body = source.paragraphs.findIndex((paragraph) => paragraph.kind === 'text' && paragraph.style?.heading === 1)
    const lines = source.paragraphs.slice(contents + 1, body).map(textOf)
    expect(lines).toEqual([
      '◆ 深度分析',
      '我国储能材料产业布局与发展路径研究\t1',
      '◆ 国际观察',
      '欧盟发布关键原材料供应链评估报告\t3',
      '◆ 研究动态',
      '硫化物固态电解质实现高离子电导率\t5',
      '钠离子电池硬碳负极研究取得新进展\t7',
      '新型有机正极材料提升电池循环寿命\t9',
    ])
  })

  it('gives Word heading levels: section banners 1, item titles 2, numbered sub-headings 3', () => {
    const headings = (level: number) => texts().filter((paragraph) => paragraph.style?.heading === level).map(textOf)
    expect(headings(1)).toEqual(demoBulletin.sections.map((section) => `◆ ${section.name}`))
    expect(headings(2)).toEqual(allItems.filter((item) => item.titleStyle === 'heading').map((item) => item.title))
    expect(headings(3)).toEqual(['1 我国储能材料产业的区域布局', '2 加快产业发展的建议'])
    expect(source.paragraphs[indexOfText('◆ 深度分析', indexOfText('目 录') + 2)]).toMatchObject({ style: { heading: 1, pageBreakBefore: true } })
  })

  it('marks titles typed in bold as bold throughout, footnote markers notwithstanding, and not a bold lead phrase', () => {
    for (const item of allItems.filter((entry) => entry.titleStyle === 'bold')) {
      const title = source.paragraphs[indexOfText(item.title, indexOfText('◆ 深度分析'))]
      expect(title).toMatchObject({ kind: 'text', style: { bold: true } })
    }
    const lead = texts().find((paragraph) => textOf(paragraph).startsWith('长三角地区。'))
    expect(lead?.inlines[0]).toEqual({ kind: 'text', text: '长三角地区。', bold: true })
    expect(lead?.style?.bold).toBeUndefined()
  })

  it('has every Word footnote, numbered as printed, with its text (no back-link arrow) and its URL', () => {
    expect(source.footnotes).toEqual(expected.footnotes)
    expect(source.footnotes?.map((footnote) => footnote.text).join('')).not.toContain('↑')
  })

  it('places each footnote marker in the item that cites it, a title marker included', () => {
    for (const section of expected.sections) {
      for (const item of section.items) {
        const cited = itemParagraphs(item.title).flatMap((paragraph) => (paragraph.kind === 'text' ? footnoteNumbers(paragraph.inlines) : []))
        expect({ title: item.title, cited }).toEqual({ title: item.title, cited: item.footnotes })
      }
    }
    const titleWithMarker = source.paragraphs[indexOfText('钠离子电池硬碳负极研究取得新进展', indexOfText('◆ 深度分析'))]
    expect(titleWithMarker).toMatchObject({ inlines: [{ kind: 'text' }, { kind: 'footnote', number: 5 }] })
  })

  it('keeps Chinese running text as typed: no spaces invented, Latin and numbers spaced as written, indentation dropped', () => {
    const first = demoBulletin.sections[0].items[0].body[0]
    if (first.kind !== 'paragraph') throw new Error('the fixture opens with a paragraph')
    const typed = first.inlines.map((inline) => (typeof inline === 'string' ? inline : 'text' in inline ? inline.text : '')).join('')
    expect(texts().map(textOf)).toContain(typed)
    expect(texts().map(textOf)).toContain('某大学材料学院的研究团队通过卤素掺杂调控硫化物电解质的晶格结构，室温离子电导率达到 25 mS/cm。')
  })

  it('gives tables as table paragraphs with their header rows, between caption and source lines', () => {
    const tables = source.paragraphs.filter((paragraph) => paragraph.kind === 'table')
    const expectedTables = expected.sections.flatMap((section) => section.items.flatMap((item) => item.tables))
    expect(tables.map((table) => table.rows.map((row) => row.cells.map(plainText)))).toEqual(expectedTables)
    // Table 1 marks its header row for Word to repeat; table 2 only has its first row in bold.
    expect(tables.map((table) => table.rows.map((row) => row.header))).toEqual(expectedTables.map((rows) => rows.map((_, index) => index === 0)))
    const tableSpecs = allItems.flatMap((item) => item.body.filter((block) => block.kind === 'table'))
    for (const [index, spec] of tableSpecs.entries()) {
      const at = source.paragraphs.indexOf(tables[index])
      expect(source.paragraphs.slice(at - 2, at).map(textOf)).toEqual(tableCaptions(spec))
      expect(source.paragraphs.slice(at + 1, at + 1 + spec.sourceLines.length).map(textOf)).toEqual(spec.sourceLines)
    }
  })

  it('leaves a placeholder where each picture is, followed by its 图/Figure captions', () => {
    const images = source.paragraphs.flatMap((paragraph, index) => (paragraph.kind === 'image' ? [index] : []))
    const figures = allItems.flatMap((item) => item.body.filter((block) => block.kind === 'figure'))
    expect(images).toHaveLength(figures.length)
    for (const [index, figure] of figures.entries()) {
      expect(source.paragraphs.slice(images[index] + 1, images[index] + 3).map(textOf)).toEqual(figureCaptions(figure))
    }
  })

  it('reads a picture set beside its text in a borderless table as the picture, its captions and the text, not as a data table', () => {
    const image = source.paragraphs.findIndex((paragraph, index) => paragraph.kind === 'image' && textOf(source.paragraphs[index + 1]) === '图 1 聚合物正极的循环性能')
    expect(source.paragraphs.slice(image + 1, image + 4).map(textOf)).toEqual([
      '图 1 聚合物正极的循环性能',
      'Figure 1 Cycling performance of the polymer cathode',
      '图中可见，容量在前 200 次循环内略有上升，随后保持稳定。',
    ])
  })

  it('keeps a link in running text with its address', () => {
    const withLink = texts().find((paragraph) => paragraph.inlines.some((inline) => inline.kind === 'link'))
    expect(withLink?.inlines.filter((inline) => inline.kind === 'link')).toEqual([
      { kind: 'link', url: 'https://commission.example.eu/crm', children: [{ kind: 'text', text: '欧盟委员会网站' }] },
    ])
  })

  it('gives Word numbered-list paragraphs as ordered list items', () => {
    const listItems = texts().filter((paragraph) => paragraph.style?.listItem)
    expect(listItems.map((paragraph) => [textOf(paragraph), paragraph.style?.ordered])).toEqual([
      ['正极材料：高镍三元与磷酸锰铁锂并行发展，头部企业产能集中度持续提高。', true],
      ['负极材料：硅碳复合负极进入量产阶段，硬碳负极随钠离子电池起步。', true],
    ])
  })

  it('keeps the italics of the published-in lines and the credit lines as paragraphs of their own', () => {
    for (const item of allItems) {
      const paragraphs = itemParagraphs(item.title)
      expect(textOf(paragraphs[paragraphs.length - 1])).toBe(`（${item.credits.join('、')}）`)
      if (!item.publishedIn) continue
      const line = paragraphs.find((paragraph) => textOf(paragraph).startsWith('上述研究工作发表在'))
      const italic = line?.kind === 'text' ? line.inlines.filter((inline) => inline.kind === 'text' && inline.italic).map((inline) => plainText([inline])) : []
      expect(italic).toEqual([item.publishedIn.journal, item.publishedIn.articleTitle])
    }
  })

  it('numbers footnotes as printed in a variant: the same items in another order start again from 1', async () => {
    const variant: DocxBulletin = { ...demoBulletin, sections: [...demoBulletin.sections].reverse() }
    const read = await readDocx(await buildBulletinDocx(variant))
    expect(read.footnotes).toEqual(expectedBulletin(variant).footnotes)
    expect(read.footnotes?.[0].text).toBe('Sulfide electrolyte reaches record conductivity. https://news.example.edu/2026/02/sulfide-electrolyte')
  })

  it('takes endnotes (尾注) for the file’s footnotes, numbered and placed the same way', async () => {
    const read = await readDocx(await buildBulletinDocx(demoBulletin, { notes: 'endnotes' }))
    expect(read.footnotes).toEqual(expected.footnotes)
    const markers = read.paragraphs.flatMap((paragraph) => (paragraph.kind === 'text' ? footnoteNumbers(paragraph.inlines) : []))
    expect(markers).toEqual(source.paragraphs.flatMap((paragraph) => (paragraph.kind === 'text' ? footnoteNumbers(paragraph.inlines) : [])))
  })

  it('takes superscript numbers typed by hand for footnote markers when the file has no notes of its own, but not an exponent', async () => {
    const read = await readDocx(await buildBulletinDocx(demoBulletin, { notes: 'typed' }))
    expect(read.footnotes).toEqual([])
    const markers = read.paragraphs.flatMap((paragraph) => (paragraph.kind === 'text' ? footnoteNumbers(paragraph.inlines) : []))
    // Each marker in the text, then the same number opening its typed note line.
    expect(markers).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6])
    for (const paragraphs of [read.paragraphs, source.paragraphs]) {
      const exponent = paragraphs.flatMap((paragraph) => (paragraph.kind === 'text' ? paragraph.inlines : [])).filter((inline) => inline.kind === 'text' && inline.superscript)
      expect(exponent).toEqual([
        { kind: 'text', text: '2', superscript: true },
        { kind: 'text', text: '2', superscript: true },
      ])
    }
  })

  it('numbers footnotes as Word prints them, not by their ids, when deleted footnotes left gaps in the ids', async () => {
    const read = await readDocx(await buildBulletinDocx(demoBulletin, { footnoteIdStep: 3 }))
    expect(read.footnotes).toEqual(expected.footnotes)
    const markers = read.paragraphs.flatMap((paragraph) => (paragraph.kind === 'text' ? footnoteNumbers(paragraph.inlines) : []))
    expect(markers).toEqual([1, 2, 3, 4, 5, 6])
  })
})

describe('a file that is not a Word document', () => {
  it('is refused with a 400 that says, in both languages, what the file is instead', async () => {
    for (const file of await notWordFiles()) {
      const refusal = await readDocx(file.bytes).then(
        () => undefined,
        (error: unknown) => error,
      )
      expect({ file: file.name, refused: refusal instanceof RequestError }).toEqual({ file: file.name, refused: true })
      const { status, data } = refusal as RequestError
      expect({ file: file.name, status, en: data.en, zh: data.zh }).toEqual({
        file: file.name,
        status: 400,
        en: expect.stringMatching(file.en),
        zh: expect.stringMatching(file.zh),
      })
    }
  })
})

describe.each<[string, DocxBuildOptions]>([
  ['section banners in Heading 1 style', { sectionBanners: 'heading1' }],
  ['section banners typed in bold', { sectionBanners: 'bold' }],
  ['footnotes typed by hand (superscript numbers, note lines) and bold banners', { sectionBanners: 'bold', notes: 'typed' }],
])('a bulletin typed in Word with %s, recognised as an issue', (_, options) => {
  let issue: ImportedIssue
  beforeAll(async () => {
    issue = recogniseIssue(await readDocx(await buildBulletinDocx(demoBulletin, options)))
  })

  const items = () => issue.sections.flatMap((section) => section.items)
  const expectedItems = expected.sections.flatMap((section) => section.items)
  const bodyTexts = (body: readonly Block[]): string[] =>
    body.flatMap((block) =>
      block.kind === 'paragraph' || block.kind === 'heading' || block.kind === 'quote'
        ? [plainText(block.children)]
        : block.kind === 'list'
          ? block.items.map(plainText)
          : block.kind === 'figure'
            ? [`${block.label} ${block.captionZh}`, block.captionEn ?? '']
            : [],
    )

  it('reads the cover as the masthead', () => {
    const { masthead } = demoBulletin
    expect(issue.masthead).toEqual({
      year: masthead.year,
      seriesTitle: masthead.seriesTitle,
      seriesTitleEn: masthead.seriesTitleEn,
      number: masthead.number,
      publisherInstitute: masthead.institute,
      publisherOffice: masthead.office,
      date: masthead.date,
    })
  })

  it('has the sections in order with every item title, and the section banners are neither items nor text', () => {
    expect(issue.sections.map((section) => ({ name: section.name, titles: section.items.map((item) => item.title) }))).toEqual(
      expected.sections.map((section) => ({ name: section.name, titles: section.items.map((item) => item.title) })),
    )
    const banners = demoBulletin.sections.map((section) => `◆ ${section.name}`)
    expect(items().flatMap((item) => bodyTexts(item.body)).filter((text) => banners.includes(text))).toEqual([])
  })

  it('makes the 编者按 its section’s editor’s note, without the label, and keeps it out of the items', () => {
    const notes = issue.sections.map((section) => (section.editorsNote ? bodyTexts(section.editorsNote).join('') : undefined))
    expect(notes).toEqual(expected.sections.map((section) => section.editorsNote))
    expect(items().flatMap((item) => bodyTexts(item.body)).some((text) => text.includes('编者按'))).toBe(false)
  })

  it('has every footnote of the Word file, each cited in the item that cites it in the file', () => {
    expect(issue.footnotes).toEqual(expected.footnotes)
    expect(items().map((item) => ({ title: item.title, cited: [...citedFootnoteNumbers(item.body)] }))).toEqual(
      expectedItems.map((item) => ({ title: item.title, cited: item.footnotes })),
    )
  })

  it('credits each item to the names in its closing line, and leaves the line out of the body', () => {
    expect(items().map((item) => [item.title, item.credits])).toEqual(expectedItems.map((item) => [item.title, item.credits]))
    const perContributor = new Map<string, number>()
    for (const name of items().flatMap((item) => item.credits)) perContributor.set(name, (perContributor.get(name) ?? 0) + 1)
    expect(Object.fromEntries(perContributor)).toEqual({ '黄 健': 1, 科技日报: 1, 中国日报: 1, '李 明': 2, 王晓燕: 1 })
    expect(items().flatMap((item) => bodyTexts(item.body)).filter((text) => /^（.+）$/.test(text))).toEqual([])
  })

  it('gives the published-in lines as journal and article title, not as text', () => {
    expect(items().map((item) => item.publishedIn.map(({ journal, articleTitle }) => ({ journal, articleTitle })))).toEqual(
      expectedItems.map((item) => item.publishedIn),
    )
    expect(items().flatMap((item) => bodyTexts(item.body)).some((text) => text.includes('上述研究工作发表在'))).toBe(false)
  })

  it('keeps each table with its rows and cells in its item, and each figure’s captions', () => {
    expect(items().map((item) => item.body.flatMap((block) => (block.kind === 'table' ? [block.rows.map((row) => row.cells.map(plainText))] : [])))).toEqual(
      expectedItems.map((item) => item.tables),
    )
    for (const [index, item] of expectedItems.entries()) {
      const texts = bodyTexts(items()[index].body)
      expect({ title: item.title, captions: item.figureCaptions.filter((caption) => texts.includes(caption)) }).toEqual({
        title: item.title,
        captions: item.figureCaptions,
      })
    }
  })

  it('keeps a Word numbered list as an ordered list: Word prints its numbers, the text has none', () => {
    const lists = items()[0].body.filter((block) => block.kind === 'list')
    expect(lists.map((list) => ({ ordered: list.ordered, items: list.items.map(plainText) }))).toEqual([
      {
        ordered: true,
        items: ['正极材料：高镍三元与磷酸锰铁锂并行发展，头部企业产能集中度持续提高。', '负极材料：硅碳复合负极进入量产阶段，硬碳负极随钠离子电池起步。'],
      },
    ])
  })

  it('has nothing to warn about in a complete issue', () => {
    expect(issue.warnings).toEqual([])
  })
})

describe('the Word edition the CMS itself writes, read back', () => {
  let print: PrintIssue
  let issue: ImportedIssue

  beforeAll(async () => {
    print = demoPrintIssue({ items: 12, image: mediaFolder('bulletin-docx-edition').put('chart.png', await chartPNG(800, 500)) })
    issue = recogniseIssue(await readDocx(await issueToDocx(print)))
  })

  it('comes back with its sections, item titles and credits', () => {
    const credits = (line: string) => line.replace(/^（|）$/g, '').split('、').filter(Boolean)
    expect(issue.sections.map((section) => ({ name: section.name, items: section.items.map((item) => [item.title, item.credits]) }))).toEqual(
      print.sections.map((section) => ({ name: section.name, items: section.items.map((item) => [item.title.trim(), credits(item.creditLine)]) })),
    )
  })

  it('comes back with every source it cites as a footnote with its URL', () => {
    const urls = (footnotes: readonly { url?: string }[]) => [...new Set(footnotes.map((footnote) => footnote.url))].sort()
    expect(urls(issue.footnotes)).toEqual(urls(print.footnotes))
    expect(issue.warnings.filter((warning) => warning.footnote !== undefined)).toEqual([])
  })
})
