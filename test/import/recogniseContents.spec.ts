/**
 * The recogniser on 目录 and titles in forms the office's fixtures do not have: a 目录 without page
 * numbers (a Word TOC field never updated, a plain typed list), section banners printed without a
 * mark, and titles that end in a bracketed note such as （上） or （1）, in Word files and text layers.
 */

import type { ImportedIssue } from '../../src/import/model'
import { readDocx } from '../../src/import/readDocx'
import { importText } from '../../src/import/readText'
import { recogniseIssue } from '../../src/import/recognise'
import { issueToDocx } from '../../src/print/docx'
import type { PrintIssue } from '../../src/print/model'
import { chartPNG } from '../helpers/images'
import { mediaFolder } from '../helpers/mediaFolder'
import { demoPrintIssue } from '../print/pdfIssue'
import { buildBulletinDocx, type DocxBulletin, demoBulletin, expectedBulletin } from './fixtures/buildBulletinDocx'
import { allItems, blockTexts, warningCodes } from './fixtures/recogniseHelpers'

const NOTES = ['（上）', '（下）', '（1）', '(2)', '【续】']
const annotated = (title: string, index: number) => `${title}${NOTES[index % NOTES.length]}`

const structure = (issue: ImportedIssue) => issue.sections.map((section) => ({ name: section.name, titles: section.items.map((item) => item.title) }))

describe('the CMS’s own Word edition of a 40-item issue whose titles end in （上）, （1）…, read back', () => {
  let print: PrintIssue
  let issue: ImportedIssue

  beforeAll(async () => {
    print = demoPrintIssue({ items: 40, image: mediaFolder('recognise-contents').put('chart.png', await chartPNG(800, 500)) })
    // Without the colon of the demo titles, whose text after it the matcher sets aside.
    let index = 0
    for (const section of print.sections) for (const item of section.items) item.title = annotated(item.title.replace('：', ' '), index++)
    issue = recogniseIssue(await readDocx(await issueToDocx(print)))
  })

  it('finds the 目录 of the TOC field (目　录, no page numbers) and matches every title to its entry', () => {
    expect(structure(issue)).toEqual(print.sections.map((section) => ({ name: section.name, titles: section.items.map((item) => item.title) })))
    expect(warningCodes(issue).filter((code) => ['noContents', 'contentsEntryNotFound', 'itemNotInContents', 'noCreditLine', 'textOutsideItems'].includes(code))).toEqual([])
  })

  it('leaves the 目录 lines out of the items', () => {
    const titles = new Set(print.sections.flatMap((section) => section.items.map((item) => item.title)))
    expect(allItems(issue).flatMap((item) => blockTexts(item.body)).filter((text) => titles.has(text) || text.startsWith('◆'))).toEqual([])
  })
})

describe('a bulletin typed in Word whose titles end in （上）, （1）…, with a typed 目录 with page numbers', () => {
  const spec: DocxBulletin = {
    ...demoBulletin,
    sections: demoBulletin.sections.map((section, at) => ({
      ...section,
      items: section.items.map((item, index) => ({ ...item, title: annotated(item.title, at + index) })),
    })),
  }

  it('has every item, heading-styled and bold titles alike, with nothing to warn about', async () => {
    const issue = recogniseIssue(await readDocx(await buildBulletinDocx(spec, { sectionBanners: 'heading1' })))
    expect(structure(issue)).toEqual(expectedBulletin(spec).sections.map((section) => ({ name: section.name, titles: section.items.map((item) => item.title) })))
    expect(issue.warnings).toEqual([])
  })
})

/** A text layer: cover, 目录 as given, then the body. Our own demo content. */
function textLayer(contents: string, body: string): string {
  return ['2025', '', '农业科技动态【07】', '', '某农业科学研究院 科技信息中心', '', '2025年7月1日', '', contents, '', body].join('\n')
}

const BODY = [
  '◆ 政策观察',
  '',
  '高标准农田建设新规出台（上）',
  '',
  '农业农村部近日印发通知，要求各地在 2025 年底前完成新一轮高标准农田建设规划，重点提升灌排能力和土壤质量。',
  '',
  '（赵 磊）',
  '',
  '◆ 研究动态',
  '',
  '耐盐碱水稻品种通过审定（1）',
  '',
  '研究团队历时八年选育的耐盐碱水稻新品种在含盐量千分之六的土地上亩产超过 500 公斤，日前通过国家审定。',
  '',
  '（陈 静）',
  '',
  '智能灌溉系统节水三成',
  '',
  '该系统根据土壤墒情和天气预报自动调整灌溉量，在三个示范县的试验中平均节水约百分之三十。',
  '',
  '（孙 倩、周 宁）',
].join('\n')

const EXPECTED = [
  { name: '政策观察', titles: ['高标准农田建设新规出台（上）'] },
  { name: '研究动态', titles: ['耐盐碱水稻品种通过审定（1）', '智能灌溉系统节水三成'] },
]

describe('a text layer', () => {
  it('finds a 目录 without page numbers, ending where the body starts again, and leaves it out of the items', () => {
    const contents = ['目　录', '', '◆ 政策观察', '', '高标准农田建设新规出台（上）', '', '◆ 研究动态', '', '耐盐碱水稻品种通过审定（1）', '', '智能灌溉系统节水三成'].join('\n')
    const issue = importText(textLayer(contents, BODY))
    expect(structure(issue)).toEqual(EXPECTED)
    expect(issue.warnings).toEqual([])
    expect(issue.masthead).toMatchObject({ seriesTitle: '农业科技动态', number: 7, date: '2025-07-01' })
  })

  it('takes the sections a 目录 names for banners in the body even when printed there without a mark', () => {
    const contents = ['目 录', '', '政策观察', '', '高标准农田建设新规出台（上）\t1', '', '研究动态', '', '耐盐碱水稻品种通过审定（1）\t2', '', '智能灌溉系统节水三成\t3'].join('\n')
    const issue = importText(textLayer(contents, BODY.replace(/◆ /g, '')))
    expect(structure(issue)).toEqual(EXPECTED)
    expect(issue.warnings).toEqual([])
    expect(allItems(issue).flatMap((item) => blockTexts(item.body)).filter((text) => EXPECTED.some((section) => section.name === text))).toEqual([])
  })

  it('still reads a title that is a closed sentence as text, a bracketed note notwithstanding', () => {
    const issue = importText(textLayer('', BODY.replace('高标准农田建设新规出台（上）', '高标准农田建设新规已经出台。（上）')))
    expect(allItems(issue).map((item) => item.title)).not.toContain('高标准农田建设新规已经出台。（上）')
  })
})
