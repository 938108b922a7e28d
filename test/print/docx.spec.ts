import { rmSync } from 'node:fs'

import { DomUtils, parseDocument } from 'htmlparser2'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import sharp from 'sharp'

import type { Block, Footnote, Inline } from '../../src/document/blocks'
import { issueToDocx } from '../../src/print/docx'
import { TEXT_WIDTH_PX } from '../../src/print/docx/styles'
import type { PrintIssue, PrintItem } from '../../src/print/model'
import type { MediaFile } from '../../src/storage/mediaFiles'
import { chartPNG } from '../helpers/images'
import { mediaFolder } from '../helpers/mediaFolder'

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number]

const t = (text: string, style: Omit<Extract<Inline, { kind: 'text' }>, 'kind' | 'text'> = {}): Inline => ({ kind: 'text', text, ...style })
const note = (number: number): Inline => ({ kind: 'footnote', number })
const para = (...children: Inline[]): Block => ({ kind: 'paragraph', children })

const FOOTNOTES: Footnote[] = [
  { number: 1, text: '示例省科学技术厅：关于发布储能材料重点专项申报指南的通知', url: 'https://kjt.example.gov.cn/notice/2026-01' },
  { number: 2, text: '材料研究学报，2026（2）。' },
  { number: 3, text: 'Example Energy Agency: Battery Materials Outlook 2026', url: 'https://energy.example.org/outlook-2026' },
  { number: 4, text: '示例大学新闻网：研究团队研制出柔性固态电解质薄膜', url: 'https://news.example.edu.cn/2026/0301' },
  { number: 5, text: 'Example Journal of Materials, 2026, 12(3): 45-52.', url: 'https://doi.org/10.1234/ejm.2026.045' },
]

function issueWith(figure: MediaFile, overrides: Partial<PrintIssue> = {}): PrintIssue {
  const analysis: PrintItem = {
    id: 11,
    title: '我国储能材料产业布局与发展路径分析',
    body: [
      para(t('总体判断：', { bold: true }), t('储能材料正处于从实验室走向规模化应用的关键阶段'), note(2), t('，'), t('Li', { italic: true }), t('₂ 的比容量达到 300 mAh/g，成本降至 0.6 元/Wh'), t('2', { superscript: true }), t('。')),
      { kind: 'heading', level: 3, children: [t('一、区域分布')] },
      { kind: 'heading', level: 4, children: [t('（一）沿海地区')] },
      para(t('详见'), { kind: 'link', url: 'https://kjt.example.gov.cn/plan', children: [t('省级规划全文')] }, t('，其中 H'), t('2', { subscript: true }), t('O 处理工艺单列。'), note(1)),
      { kind: 'list', ordered: true, items: [[t('电极材料集群初具规模')], [t('电解质材料加快突破'), note(3)]] },
      { kind: 'list', ordered: false, items: [[t('长三角：综合型')], [t('珠三角：应用驱动型')]] },
      {
        kind: 'table',
        rows: [
          { header: true, cells: [[t('地区')], [t('集群类型')], [t('代表材料')]] },
          { header: false, cells: [[t('华东')], [t('技术驱动型')], [t('固态电解质')]] },
          { header: false, cells: [[t('华南')], [t('市场导向型')], [t('钠离子正极'), note(3)]] },
        ],
      },
      {
        kind: 'figure',
        number: 1,
        label: '图 1',
        captionZh: '重点省份储能材料企业数量',
        captionEn: 'Number of energy storage material enterprises in key provinces',
        source: '数据来源：根据各省公开资料整理',
        image: { file: figure, width: 1600, height: 1000, mimeType: 'image/png' },
      },
    ],
    publishedInLine: '上述研究工作发表在 Example Journal of Materials（文章标题：Regional clusters of storage materials）。',
    creditLine: '（黄 健）',
  }
  const progress: PrintItem = {
    id: 12,
    title: '柔性固态电解质薄膜研制成功',
    body: [
      para(
        t('示例大学研究团队在室温下制备出厚度约 20 μm 的柔性电解质薄膜'),
        note(4),
        t('，'),
        { kind: 'link', url: 'https://doi.org/10.1234/ejm.2026.045', children: [t('循环 1000 次后容量保持率仍超过 90%'), note(5)] },
        t('。'),
      ),
      { kind: 'figure', number: 1, label: '图 1', captionZh: '薄膜弯折测试', image: { file: { filename: 'film.webp' }, width: 800, height: 600, mimeType: 'image/webp' } },
      { kind: 'figure', number: 2, label: '图 2', captionZh: '循环性能曲线', image: { file: { filename: 'gone.png' }, width: 800, height: 600, mimeType: 'image/png' } },
{ kind: 'list', ordered: true, items: [[t('第一阶段完成中试')], [t('第二阶段进入量产')]] }],
    publishedInLine: '',
    creditLine: '（科技日报、中国日报）',
  }
  return {
    id: 7,
    seriesTitle: '储能材料动态',
    seriesTitleEn: 'ENERGY STORAGE MATERIALS BULLETIN',
    year: 2026,
    number: 3,
    label: '2026【03】',
    bracketNumber: '【03】',
    publisherInstitute: '示例研究院',
    publisherOffice: '科研与规划处',
    publicationDate: '2026-03-14',
    dateLine: '2026年3月14日',
    citation: '储能材料动态[J]. 示例研究院科研与规划处, 2026(3).',
    sections: [
      { name: '深度分析', editorsNote: [para(t('本期聚焦储能材料的区域布局'), note(1), t('，供决策参考。'))], items: [analysis] },
      { name: '研究动态', editorsNote: [], items: [progress] },
    ],
    footnotes: FOOTNOTES,
    draft: false,
    ...overrides,
  }
}

/** The Word file's parts, parsed as XML. */
async function partsOf(file: Buffer) {
  const zip = await JSZip.loadAsync(file)
  const xml = async (name: string) => {
    const part = zip.file(name)
    if (!part) throw new Error(`${name} is missing from the Word file`)
    return parseDocument(await part.async('string'), { xmlMode: true })
  }
  return { zip, document: await xml('word/document.xml'), footnotes: await xml('word/footnotes.xml'), styles: await xml('word/styles.xml'), rels: await xml('word/_rels/document.xml.rels'), xml }
}

const all = (node: Parameters<typeof DomUtils.getElementsByTagName>[1], tag: string) => DomUtils.getElementsByTagName(tag, node, true)
const textOf = (node: Element) => all(node, 'w:t').map((element) => DomUtils.textContent(element)).join('')
const styleOf = (paragraph: Element) => all(paragraph, 'w:pStyle')[0]?.attribs['w:val']
const paragraphsIn = (root: ReturnType<typeof parseDocument>) => all(root, 'w:p').map((p) => ({ style: styleOf(p), text: textOf(p), element: p }))

let dir: string
let file: Buffer
let parts: Awaited<ReturnType<typeof partsOf>>
let paragraphs: ReturnType<typeof paragraphsIn>

beforeAll(async () => {
  const media = mediaFolder('docx-spec')
  dir = media.directory
  const figure = media.put('chart.png', await chartPNG(1600, 1000))
  media.put('film.webp', await sharp(await chartPNG(800, 600)).webp().toBuffer())
  file = await issueToDocx(issueWith(figure))
  parts = await partsOf(file)
  paragraphs = paragraphsIn(parts.document)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('is a Word file: a zip whose footnotes part holds every footnote by its number, in order, with its text and URL', async () => {
  expect(file.subarray(0, 2).toString()).toBe('PK')
  const notes = all(parts.footnotes, 'w:footnote').filter((element) => !element.attribs['w:type'])
  expect(notes.map((element) => Number(element.attribs['w:id']))).toEqual([1, 2, 3, 4, 5])
  for (const [index, footnote] of FOOTNOTES.entries()) {
    expect(textOf(notes[index])).toBe(` ${footnote.text}${footnote.url ? ` ${footnote.url}` : ''}`)
    expect(all(notes[index], 'w:footnoteRef')).toHaveLength(1)
  }
  const linked = all(parts.footnotes, 'w:hyperlink').map((link) => textOf(link))
  expect(linked).toEqual(FOOTNOTES.flatMap((footnote) => (footnote.url ? [footnote.url] : [])))
})

it('cites each footnote once as a Word footnote, first citations in number order, so Word numbers them as the issue does', () => {
  const references = all(parts.document, 'w:footnoteReference').map((element) => Number(element.attribs['w:id']))
  expect(references).toEqual([1, 2, 3, 4, 5])
  // Footnote 1 is cited again in the first item and footnote 3 again in the table: their numbers as marks, not new notes.
  const marks = all(parts.document, 'w:r')
    .filter((run) => all(run, 'w:rStyle')[0]?.attribs['w:val'] === 'FootnoteReference' && !all(run, 'w:footnoteReference').length)
    .map(textOf)
  expect(marks).toEqual(['1', '3'])
})

it('writes sections as Heading 1, item titles as Heading 2, sub-headings as Heading 3 and 4, in the issue order', () => {
  const headings = paragraphs.filter((p) => p.style?.startsWith('Heading')).map((p) => [p.style, p.text])
  expect(headings).toEqual([
    ['Heading1', '◆ 深度分析'],
    ['Heading2', '我国储能材料产业布局与发展路径分析'],
    ['Heading3', '一、区域分布'],
    ['Heading4', '（一）沿海地区'],
    ['Heading1', '◆ 研究动态'],
    ['Heading2', '柔性固态电解质薄膜研制成功'],
  ])
})

it('has the cover, the citation line and a TOC field already listing the sections and items', () => {
  const texts = paragraphs.map((p) => p.text)
  expect(texts.slice(0, 6)).toEqual(['2026', '储能材料动态【03】', 'ENERGY STORAGE MATERIALS BULLETIN', '示例研究院', '科研与规划处', '2026年3月14日'])
  expect(texts).toContain('引用格式：储能材料动态[J]. 示例研究院科研与规划处, 2026(3).')
  const instructions = all(parts.document, 'w:instrText').map((element) => DomUtils.textContent(element))
  expect(instructions[0]).toMatch(/^TOC .*\\o "1-2"/)
  const entries = paragraphs.filter((p) => /^TOC\d$/.test(p.style ?? '')).map((p) => [p.style, p.text])
  expect(entries).toEqual([
    ['TOC1', '◆ 深度分析'],
    ['TOC2', '我国储能材料产业布局与发展路径分析'],
    ['TOC1', '◆ 研究动态'],
    ['TOC2', '柔性固态电解质薄膜研制成功'],
  ])
})

it('keeps bold, italic, superscript, subscript and links as Word formatting', () => {
  const runs = all(parts.document, 'w:r')
  const runWith = (text: string) => runs.find((run) => textOf(run) === text)
  expect(all(runWith('总体判断：')!, 'w:b')).toHaveLength(1)
  expect(all(runWith('Li')!, 'w:i')).toHaveLength(1)
  const vertical = (text: string) => runs.filter((run) => textOf(run) === text).map((run) => all(run, 'w:vertAlign')[0]?.attribs['w:val'])
  expect(vertical('2')).toEqual(expect.arrayContaining(['superscript', 'subscript']))
  const link = all(parts.document, 'w:hyperlink').find((element) => textOf(element) === '省级规划全文')!
  const target = all(parts.rels, 'Relationship').find((rel) => rel.attribs.Id === link.attribs['r:id'])
  expect(target?.attribs).toMatchObject({ Target: 'https://kjt.example.gov.cn/plan', TargetMode: 'External' })
  // A footnote marker inside a link stays a Word footnote.
  const citing = all(parts.document, 'w:hyperlink').find((element) => textOf(element).startsWith('循环 1000 次'))!
  expect(all(citing, 'w:footnoteReference').map((element) => element.attribs['w:id'])).toEqual(['5'])
})

it('writes numbered and bullet lists as Word lists, each numbered list counting from (1)', async () => {
  const listed = paragraphs
    .filter((p) => all(p.element, 'w:numPr').length)
    .map((p) => ({ text: p.text, numId: all(p.element, 'w:numId')[0].attribs['w:val'] }))
  expect(listed.map((entry) => entry.text)).toEqual(['电极材料集群初具规模', '电解质材料加快突破', '长三角：综合型', '珠三角：应用驱动型', '第一阶段完成中试', '第二阶段进入量产'])
  const [first, , bullet, , second] = listed.map((entry) => entry.numId)
  expect(new Set([first, bullet, second]).size).toBe(3)
  const numbering = await parts.xml('word/numbering.xml')
  const nums = all(numbering, 'w:num')
  const abstractOf = (numId: string) => {
    const num = nums.find((element) => element.attribs['w:numId'] === numId)!
    expect(all(num, 'w:startOverride')[0].attribs['w:val']).toBe('1')
    const abstractId = all(num, 'w:abstractNumId')[0].attribs['w:val']
    const abstract = all(numbering, 'w:abstractNum').find((element) => element.attribs['w:abstractNumId'] === abstractId)!
    return all(abstract, 'w:lvlText')[0].attribs['w:val']
  }
  expect([abstractOf(first), abstractOf(bullet), abstractOf(second)]).toEqual(['(%1)', '►', '(%1)'])
})

it('writes the table with a repeating header row, borders and every cell', () => {
  const [table] = all(parts.document, 'w:tbl')
  const rows = all(table, 'w:tr')
  expect(rows.map((row) => all(row, 'w:tc').map(textOf))).toEqual([
    ['地区', '集群类型', '代表材料'],
    ['华东', '技术驱动型', '固态电解质'],
    ['华南', '市场导向型', '钠离子正极3'],
  ])
  expect(all(rows[0], 'w:tblHeader')).toHaveLength(1)
  expect(all(rows[1], 'w:tblHeader')).toHaveLength(0)
  const borders = all(table, 'w:tblBorders')[0]
  expect(['w:top', 'w:bottom', 'w:left', 'w:right', 'w:insideH', 'w:insideV'].map((side) => all(borders, side)[0]?.attribs['w:val'])).toEqual(Array(6).fill('single'))
})

it('embeds the figure as an image in word/media scaled to the text width, with its captions and source line', async () => {
  const [blip] = all(parts.document, 'a:blip')
  const relation = all(parts.rels, 'Relationship').find((rel) => rel.attribs.Id === blip.attribs['r:embed'])
  expect(relation?.attribs.Target).toMatch(/^media\/.+\.png$/)
  const media = parts.zip.file(`word/${relation!.attribs.Target}`)
  expect(media).not.toBeNull()
  expect((await media!.async('nodebuffer')).subarray(1, 4).toString()).toBe('PNG')
  const extent = all(parts.document, 'wp:extent')[0].attribs
  const EMU_PER_PIXEL = 9525
  expect(Number(extent.cx) / EMU_PER_PIXEL).toBeCloseTo(TEXT_WIDTH_PX, -1)
  expect(Number(extent.cx) / Number(extent.cy)).toBeCloseTo(1.6, 2)
  const texts = paragraphs.map((p) => [p.style, p.text])
  expect(texts).toContainEqual(['Caption', '图 1 重点省份储能材料企业数量'])
  expect(texts).toContainEqual(['CaptionEnglish', 'Figure 1 Number of energy storage material enterprises in key provinces'])
  expect(texts).toContainEqual(['FigureSource', '数据来源：根据各省公开资料整理'])
})

it('converts an image Word cannot show (WebP) to PNG, and keeps the captions of an image whose file is gone', async () => {
  const blips = all(parts.document, 'a:blip')
  expect(blips).toHaveLength(2)
  const targets = blips.map((blip) => all(parts.rels, 'Relationship').find((rel) => rel.attribs.Id === blip.attribs['r:embed'])!.attribs.Target)
  expect(targets.every((target) => target.endsWith('.png'))).toBe(true)
  const converted = await parts.zip.file(`word/${targets[1]}`)!.async('nodebuffer')
  expect(await sharp(converted).metadata()).toMatchObject({ format: 'png', width: 800, height: 600 })
  const captions = paragraphs.filter((p) => p.style === 'Caption' && p.text).map((p) => p.text)
  expect(captions).toEqual(['图 1 重点省份储能材料企业数量', '图 1 薄膜弯折测试', '图 2 循环性能曲线'])
})

it('closes items with the published-in line and the credit line, and opens the section with the 编者按', () => {
  const texts = paragraphs.map((p) => [p.style, p.text])
  expect(texts).toContainEqual(['PublishedIn', '上述研究工作发表在 Example Journal of Materials（文章标题：Regional clusters of storage materials）。'])
  expect(texts.filter(([style]) => style === 'CreditLine')).toEqual([
    ['CreditLine', '（黄 健）'],
    ['CreditLine', '（科技日报、中国日报）'],
  ])
  expect(texts).toContainEqual(['EditorsNote', '【编者按】本期聚焦储能材料的区域布局，供决策参考。'])
  const afterItem = texts.findIndex(([, text]) => text === '（黄 健）')
  expect(texts[afterItem + 1]).toEqual(['Heading1', '◆ 研究动态'])
})

it('defines the named styles with a CJK font for East Asian text and Chinese office sizes', () => {
  const style = (id: string) => all(parts.styles, 'w:style').find((element) => element.attribs['w:styleId'] === id)
  for (const id of ['Heading1', 'Heading2', 'Heading3', 'Heading4', 'BulletinBody', 'EditorsNote', 'Caption', 'CreditLine', 'PublishedIn', 'FootnoteText']) {
    expect(style(id)).toBeDefined()
  }
  const fonts = (id: string) => all(style(id)!, 'w:rFonts')[0].attribs
  expect(fonts('BulletinBody')).toMatchObject({ 'w:eastAsia': 'SimSun', 'w:ascii': 'Times New Roman', 'w:hAnsi': 'Times New Roman' })
  expect(fonts('Heading1')['w:eastAsia']).toBe('SimHei')
  expect(fonts('EditorsNote')['w:eastAsia']).toBe('KaiTi')
  const halfPoints = (id: string) => Number(all(style(id)!, 'w:sz')[0].attribs['w:val'])
  expect([halfPoints('BulletinBody'), halfPoints('Heading1'), halfPoints('Heading2'), halfPoints('FootnoteText')]).toEqual([24, 32, 28, 18])
  expect(all(style('CreditLine')!, 'w:jc')[0].attribs['w:val']).toBe('right')
  expect(all(style('BulletinBody')!, 'w:ind')[0].attribs['w:firstLineChars']).toBe('200')
})

it('heads the pages with the series and its label and numbers them; a draft says 草稿', async () => {
  const headerText = async (source: Buffer) => {
    const zip = await JSZip.loadAsync(source)
    const names = Object.keys(zip.files).filter((name) => /^word\/header\d+\.xml$/.test(name))
    return Promise.all(names.map(async (name) => textOf(parseDocument(await zip.file(name)!.async('string'), { xmlMode: true }) as never)))
  }
  expect(await headerText(file)).toEqual(['储能材料动态　2026【03】'])
  const footers = Object.keys(parts.zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name))
  expect(footers).toHaveLength(1)
  expect(await parts.zip.file(footers[0])!.async('string')).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/)

  const draft = await issueToDocx(issueWith({ filename: 'chart.png' }, { draft: true }))
  expect((await headerText(draft)).sort()).toEqual(['草稿', '草稿　储能材料动态　2026【03】'])
})

it('reads back through mammoth with every title, the body text and every footnote', async () => {
  const { value: html } = await mammoth.convertToHtml({ buffer: file })
  const page = parseDocument(html)
  const headings = (tag: string) => all(page, tag).map((element) => DomUtils.textContent(element))
  expect(headings('h1')).toEqual(['◆ 深度分析', '◆ 研究动态'])
  expect(headings('h2')).toEqual(['我国储能材料产业布局与发展路径分析', '柔性固态电解质薄膜研制成功'])
  expect(html).toContain('<table>')
  expect(html).toContain('<img')
  const notes = all(page, 'li').filter((element) => element.attribs.id?.startsWith('footnote-'))
  expect(notes.map((element) => DomUtils.textContent(element).replace(/\s*↑\s*$/, '').trim())).toEqual(
    FOOTNOTES.map((footnote) => `${footnote.text}${footnote.url ? ` ${footnote.url}` : ''}`),
  )
  expect(DomUtils.textContent(page)).toContain('示例大学研究团队在室温下制备出厚度约 20 μm 的柔性电解质薄膜')
})

it('writes a 40-item issue (measured, printed below)', async () => {
  const base = issueWith({ filename: 'chart.png' })
  const [analysis] = base.sections[0].items
  let number = 0
  const footnotes: Footnote[] = []
  const renumber = (blocks: Block[]): Block[] =>
    JSON.parse(JSON.stringify(blocks), (key, value) => {
      if (value && value.kind === 'footnote') {
        number += 1
        footnotes.push({ number, text: `示例来源 ${number}：储能材料动态监测`, url: `https://example.org/source/${number}` })
        return { kind: 'footnote', number }
      }
      return value
    })
  const items = Array.from({ length: 40 }, (_, index) => ({ ...analysis, id: index + 1, title: `第 ${index + 1} 条：${analysis.title}`, body: renumber(analysis.body) }))
  const big: PrintIssue = {
    ...base,
    footnotes,
    sections: [0, 1, 2, 3].map((at) => ({ name: `栏目 ${at + 1}`, editorsNote: [], items: items.slice(at * 10, at * 10 + 10) })),
  }
  const started = performance.now()
  const written = await issueToDocx(big)
  const elapsed = performance.now() - started
  console.log(`Word edition of a 40-item issue (${footnotes.length} footnotes, 40 figures, 40 tables): ${elapsed.toFixed(0)} ms, ${(written.length / 1024).toFixed(0)} KiB`)
  const written40 = await partsOf(written)
  expect(all(written40.footnotes, 'w:footnote').filter((element) => !element.attribs['w:type'])).toHaveLength(footnotes.length)
  expect(paragraphsIn(written40.document).filter((p) => p.style === 'Heading2')).toHaveLength(40)
})
