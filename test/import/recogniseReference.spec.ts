/**
 * The recogniser on a real bulletin's text layer (../shared/reference/), read as a .txt: cover,
 * 目录 sections and titles, footnotes numbered across the issue and placed where they are cited,
 * paragraphs rejoined across page breaks, tables with their captions, published-in lines.
 */
import { readFileSync } from 'node:fs'

import type { ImportedIssue } from '../../src/import/model'
import { importText } from '../../src/import/readText'
import { allItems, blockTexts, citingTitles, itemTitled, warningCodes } from './fixtures/recogniseHelpers'
import { REFERENCE_BULLETIN } from '../helpers/referenceBulletin'

/** The 目录 as printed: sections in order, the titles under each. */
const CONTENTS: [string, string[]][] = [
  ['深度分析', ['我国新材料产业集群发展战略研究', '从全球气候变化、制造业产业升级、国家安全及材料基因工程维度探讨材料科学发展趋势']],
  ['国际观察', ['美印关键和新兴技术倡议正式启动']],
  ['项目资助', ['美 DOE 资助材料研发推动清洁制造创新', '英国推动电池技术研发']],
  ['研究动态', ['智能涂层可将织物制成防护装备', '氧化二维材料 MXene 的修复技术', '非外延式单晶二维材料生长']],
  ['两会专题', ['从十个维度看 2023 中国发展新愿景', '科技部部长王志刚：加强市场驱动进行应用型基础研究']],
]

let issue: ImportedIssue

beforeAll(() => {
  issue = importText(readFileSync(REFERENCE_BULLETIN, 'utf8'))
})

test('the cover is the masthead, not an item', () => {
  expect(issue.masthead).toEqual({
    year: 2023,
    number: 1,
    seriesTitle: '先进材料动态信息',
    seriesTitleEn: 'ADVANCED MATERIALS NEWSLETTER',
    publisherInstitute: '中国科学院兰州化学物理研究所',
    publisherOffice: '科研与规划处',
    date: '2023-03-14',
  })
  const bodies = allItems(issue).flatMap((item) => blockTexts(item.body))
  expect(bodies.some((text) => text.includes('ADVANCED MATERIALS') || text.includes('科研与规划处') || text.includes('目 录'))).toBe(false)
})

test('the five sections of the 目录 in order, each with its item titles exactly', () => {
  expect(issue.sections.map((section) => [section.name, section.items.map((item) => item.title)])).toEqual(CONTENTS)
})

test('seven footnotes numbered as printed, with the URL of the last on its own line', () => {
  expect(issue.footnotes.map((footnote) => footnote.number)).toEqual([1, 2, 3, 4, 5, 6, 7])
  expect(issue.footnotes[0]).toEqual({ number: 1, text: '中国科学院院刊，2022（3）。' })
  expect(issue.footnotes[6]!.url).toBe('http://finance.china.com.cn/news/special/lianghui2023/20230305/5950828.shtml')
  expect(issue.footnotes.slice(0, 6).every((footnote) => footnote.url === undefined)).toBe(true)
})

test('each footnote is cited by the item it belongs to, once, and no footnote text is left in any body', () => {
  expect(citingTitles(issue)).toEqual({
    1: ['我国新材料产业集群发展战略研究'],
    2: ['从全球气候变化、制造业产业升级、国家安全及材料基因工程维度探讨材料科学发展趋势'],
    3: ['美印关键和新兴技术倡议正式启动'],
    4: ['美 DOE 资助材料研发推动清洁制造创新'],
    5: ['英国推动电池技术研发'],
    6: ['从十个维度看 2023 中国发展新愿景'],
    7: ['科技部部长王志刚：加强市场驱动进行应用型基础研究'],
  })
  const bodies = allItems(issue).flatMap((item) => blockTexts(item.body))
  for (const text of ['中国科学院院刊', '动态监测', '能源热点信息监测', 'finance.china.com.cn']) {
    expect(bodies.filter((body) => body.includes(text))).toEqual([])
  }
})

test('paragraphs broken by a page end, a footnote line or both are one paragraph again, without spaces between CJK characters', () => {
  const bodies = allItems(issue).flatMap((item) => blockTexts(item.body))
  expect(bodies.filter((text) => text.includes('深度融入并主导产业发展'))).toHaveLength(1)
  expect(bodies.filter((text) => text.includes('再次强调了气候变化带来的风险'))).toHaveLength(1)
  expect(bodies.filter((text) => text.includes('推动绿色消费，促进绿色发展'))).toHaveLength(1)
  expect(bodies.filter((text) => text.includes('人才评价方面实施了一系列改革举措'))).toHaveLength(1)
  expect(bodies.filter((text) => text.includes('打通制约集群产业升级'))).toHaveLength(1)
  expect(bodies.some((text) => /^(入并主导|了气候变化|面实施|促进绿色发展)/.test(text))).toBe(false)
  // A sub-heading without closing punctuation is not glued to the text after it.
  expect(bodies).toContain('(1) 产业集群逐渐形成')
})

test('numbered sub-headings are headings; 4.1 paragraphs that run on are not', () => {
  const item = itemTitled(issue, '我国新材料产业集群发展战略研究')
  const headings = item.body.filter((block) => block.kind === 'heading')
  expect(blockTexts(headings)).toEqual(['1 我国新材料产业集群的空间分布', '2 对标世界级先进制造业集群的差距', '3 新材料产业集群发展战略建议'])
  const long = itemTitled(issue, '从全球气候变化、制造业产业升级、国家安全及材料基因工程维度探讨材料科学发展趋势')
  const paragraph = long.body.find((block) => block.kind === 'paragraph' && blockTexts([block])[0]!.startsWith('4.1 高通量制备表征方法'))
  expect(paragraph && blockTexts([paragraph])[0]).toContain('高通量合成技术能够')
})

test('the province table and the 17-project table are tables, the first between its captions and source lines', () => {
  const clusters = itemTitled(issue, '我国新材料产业集群发展战略研究')
  const at = clusters.body.findIndex((block) => block.kind === 'table')
  const table = clusters.body[at]!
  expect(table.kind === 'table' && table.rows.map((row) => row.cells.length)).toEqual([5, 5, 5, 5, 5, 5, 5, 5])
  expect(table.kind === 'table' && table.rows.slice(1).map((row) => blockTexts([{ kind: 'paragraph', children: row.cells[0]! }])[0])).toEqual([
    '广东',
    '浙江',
    '江苏',
    '江西',
    '湖南',
    '云南',
    '山西',
  ])
  expect(blockTexts(clusters.body.slice(at - 2, at))).toEqual([
    '表1 我国主要省份新材料产业集群发展特点',
    'Table 1 Development characteristics of advanced material industry clusters in key provinces of China',
  ])
  expect(blockTexts(clusters.body.slice(at + 1, at + 3))[0]).toBe('资料来源：根据主要省份“十四五”规划整理')
  expect(blockTexts(clusters.body).filter((text) => text.startsWith('图 1') || text.startsWith('Figure 1'))).toHaveLength(2)

  const batteries = itemTitled(issue, '英国推动电池技术研发')
  const projects = batteries.body.filter((block) => block.kind === 'table')
  expect(projects).toHaveLength(1)
  const rows = projects[0]!.kind === 'table' ? projects[0]!.rows : []
  expect(rows).toHaveLength(20)
  expect(rows.filter((row) => /^\d+$/.test(blockTexts([{ kind: 'paragraph', children: row.cells[0]! }])[0]!))).toHaveLength(17)
  expect(rows[0]!.header).toBe(true)
  // The extraction's TeX is the characters it stands for.
  expect(blockTexts(projects)[0]).toContain('纯度 ≥ 89% 的正极')
})

test('the three published-in lines are data with journal and article title, and out of the bodies', () => {
  const published = allItems(issue).flatMap((item) => item.publishedIn.map((entry) => [item.title, entry]))
  expect(published).toEqual([
    [
      '智能涂层可将织物制成防护装备',
      {
        journal: 'J. Am. Chem. Soc.',
        articleTitle: 'Fabrication of Multifunctional Electronic Textiles Using Oxidative Restructuring of Copper into a Cu-Based Metal–Organic Framework',
      },
    ],
    ['氧化二维材料 MXene 的修复技术', { journal: 'Nature Communications', articleTitle: 'Recovery of oxidized two-dimensional MXenes through high frequency nanoscale electromechanical vibration' }],
    ['非外延式单晶二维材料生长', { journal: 'Nature', articleTitle: 'Non-epitaxial single-crystal 2D material growth by geometrical confinement' }],
  ])
  expect(allItems(issue).flatMap((item) => blockTexts(item.body)).filter((text) => text.includes('上述研究工作发表在'))).toEqual([])
})

test('bold a converter left as **…** is bold text', () => {
  const item = itemTitled(issue, '科技部部长王志刚：加强市场驱动进行应用型基础研究')
  const bold = item.body.flatMap((block) => (block.kind === 'paragraph' ? block.children : [])).filter((inline) => inline.kind === 'text' && inline.bold)
  expect(bold.map((inline) => inline.kind === 'text' && inline.text)).toContain('二是在国家创新能力建设方面')
})

test('a warning for every item without a credit line (the reference has none), and nothing else to warn about', () => {
  const titles = CONTENTS.flatMap(([, items]) => items)
  expect(issue.warnings.filter((warning) => warning.code === 'noCreditLine').map((warning) => warning.item)).toEqual(titles.map((_, at) => at + 1))
  expect(issue.warnings[0]!.message).toEqual({ en: `No credit line after item 1 (${titles[0]}).`, zh: `第 1 条（${titles[0]}）末尾没有署名行。` })
  expect(new Set(warningCodes(issue))).toEqual(new Set(['noCreditLine']))
  expect(allItems(issue).every((item) => item.credits.length === 0)).toBe(true)
})
