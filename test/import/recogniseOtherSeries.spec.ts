/**
 * The recogniser on a bulletin of another series and shape (fixtures/ocean-bulletin-2024-02.txt,
 * written for this test): 2024年第2期 on the cover, 【…】 sections, running headers and page
 * numbers on every page, 编者按 in a section, credit lines with and without the space, in full-
 * and half-width parentheses, a wrapped footnote URL, plain-number footnote lines, a bullet list,
 * a ragged table, and the mistakes an editor must hear about.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { ImportedIssue } from '../../src/import/model'
import { importText } from '../../src/import/readText'
import { allItems, blockTexts, citingTitles, itemTitled } from './fixtures/recogniseHelpers'

let issue: ImportedIssue

beforeAll(() => {
  issue = importText(readFileSync(path.resolve(process.cwd(), 'test/import/fixtures/ocean-bulletin-2024-02.txt'), 'utf8'))
})

test('the cover of a 年第N期 series with institute and office on one line', () => {
  expect(issue.masthead).toEqual({
    seriesTitle: '海洋观测动态',
    seriesTitleEn: 'OCEAN OBSERVATION BULLETIN',
    year: 2024,
    number: 2,
    publisherInstitute: '东海大学海洋研究院',
    publisherOffice: '学科发展办公室',
    date: '2024-04-08',
  })
})

test('sections from 【…】 lines, a wrapped 目录 entry, and an item the 目录 forgot, found after a credit line', () => {
  expect(issue.sections.map((section) => [section.name, section.items.map((item) => item.title)])).toEqual([
    ['政策观察', ['沿海省份启动新一轮海洋观测网建设', '《海洋数据共享管理办法》征求意见']],
    ['研究动态', ['新型浮标实现台风期间连续观测', '深海着陆器记录到罕见热液活动', '海洋酸化对近岸贝类养殖的影响评估', '海洋科普进校园活动启动']],
    ['专题', ['智慧海洋：从数据到决策']],
  ])
})

test('running headers and page numbers are gone; the paragraph they cut is whole again', () => {
  const bodies = allItems(issue).flatMap((item) => blockTexts(item.body))
  expect(bodies.filter((text) => text.includes('海洋观测动态') || /^-\s*\d+\s*-$/.test(text))).toEqual([])
  const sharing = blockTexts(itemTitled(issue, '《海洋数据共享管理办法》征求意见').body)
  expect(sharing).toHaveLength(1)
  expect(sharing[0]).toContain('脱密处理作出了规定，还提出建立数据共享评价制度，将共享情况纳入科研项目绩效评价。')
})

test('the 编者按 is the section’s editor’s note, without its label, and not part of any item', () => {
  const topic = issue.sections.find((section) => section.name === '专题')!
  expect(blockTexts(topic.editorsNote ?? [])).toEqual(['智慧海洋建设正在从“看得见”走向“用得好”。本期专题聚焦观测数据如何服务决策，供读者参考。'])
  expect(issue.sections.filter((section) => section.editorsNote).map((section) => section.name)).toEqual(['专题'])
  expect(allItems(issue).flatMap((item) => blockTexts(item.body)).some((text) => text.includes('编者按') || text.includes('看得见'))).toBe(false)
})

test('credit lines as printed: spaces inside names kept, media split, half-width parentheses and commas too', () => {
  expect(allItems(issue).map((item) => item.credits)).toEqual([['张 伟'], ['科技日报', '中国日报'], ['李 明', '王芳'], ['赵 磊'], ['陈 静'], ['孙 倩'], ['周 宁']])
  expect(allItems(issue).flatMap((item) => blockTexts(item.body)).filter((text) => /^[（(].*[)）]$/.test(text))).toEqual([])
})

test('footnotes: plain-number lines, a superscript line whose URL wraps onto the next line, placed in the citing items', () => {
  expect(issue.footnotes).toEqual([
    { number: 1, text: '各省海洋观测网建设方案汇编，2024年3月。' },
    { number: 2, text: 'Ocean Data Policy Review. https://www.example.org/policy/2024/ocean-data-sharing', url: 'https://www.example.org/policy/2024/ocean-data-sharing' },
    {
      number: 3,
      text: '东海大学新闻网. 新型浮标经受台风考验. https://news.example.edu.cn/2024/03/typhoon-buoy-observation.html',
      url: 'https://news.example.edu.cn/2024/03/typhoon-buoy-observation.html',
    },
    { number: 5, text: '智慧海洋发展报告（2023），第 12 页。' },
    { number: 6, text: '海洋观测数据服务白皮书，2023年12月。' },
  ])
  expect(citingTitles(issue)).toEqual({
    1: ['沿海省份启动新一轮海洋观测网建设'],
    2: ['《海洋数据共享管理办法》征求意见'],
    3: ['新型浮标实现台风期间连续观测'],
    4: ['深海着陆器记录到罕见热液活动'],
    5: ['智慧海洋：从数据到决策'],
  })
})

test('bullets are one list; 一、 sub-headings are headings; a Latin line break keeps its space', () => {
  const network = itemTitled(issue, '沿海省份启动新一轮海洋观测网建设')
  const lists = network.body.filter((block) => block.kind === 'list')
  expect(lists).toHaveLength(1)
  expect(lists[0]!.kind === 'list' && blockTexts(lists[0]!.items.map((children) => ({ kind: 'paragraph' as const, children })))).toEqual([
    '加密近岸岸基观测站，补齐海岛站点短板；',
    '建设一批具备实时传输能力的综合浮标；',
    '推动观测数据接入省级海洋大数据平台。',
  ])
  const smart = itemTitled(issue, '智慧海洋：从数据到决策')
  expect(smart.body.filter((block) => block.kind === 'heading').map((block) => block.kind === 'heading' && [block.level, blockTexts([block])[0]])).toEqual([
    [3, '一、总体思路'],
    [3, '二、重点方向'],
  ])
  expect(blockTexts(smart.body).join('\n')).toContain('标准规范。Data fusion and forecast products are the two priorities')
})

test('published-in lines in two more phrasings, one with a DOI and a title wrapped over two lines', () => {
  expect(itemTitled(issue, '新型浮标实现台风期间连续观测').publishedIn).toEqual([
    { journal: 'Geophysical Research Letters', articleTitle: 'Continuous buoy observations of sea state under a super typhoon', doi: '10.1029/2024GL012345' },
  ])
  expect(itemTitled(issue, '深海着陆器记录到罕见热液活动').publishedIn).toEqual([{ journal: 'Nature Geoscience', articleTitle: 'Episodic venting captured by a deep-sea lander' }])
  expect(allItems(issue).flatMap((item) => blockTexts(item.body)).filter((text) => text.includes('发表'))).toEqual([])
})

test('the table keeps its captions and source line around it', () => {
  const acid = blockTexts(itemTitled(issue, '海洋酸化对近岸贝类养殖的影响评估').body)
  const table = itemTitled(issue, '海洋酸化对近岸贝类养殖的影响评估').body.findIndex((block) => block.kind === 'table')
  expect(acid.slice(table - 2, table + 2)).toEqual([
    '表 1 三个监测站点的年均 pH 值与钙化速率',
    'Table 1 Annual mean pH and calcification rate at three stations',
    '站点\t2021年\t2022年\t2023年\n甲站\t8.06\t8.05\t8.04\n乙站\t8.02\t8.01\n丙站\t8.09\t8.08\t8.07',
    '资料来源：东海大学海洋研究院监测数据',
  ])
})

test('warnings a person can act on, with where: the missing 目录 item, the unlisted item, the ragged table, the marker without footnote, the uncited footnote', () => {
  expect(issue.warnings.map(({ code, item, footnote }) => ({ code, item, footnote }))).toEqual([
    { code: 'contentsEntryNotFound', item: undefined, footnote: undefined },
    { code: 'raggedTable', item: 5, footnote: undefined },
    { code: 'itemNotInContents', item: 6, footnote: undefined },
    { code: 'markerWithoutFootnote', item: 4, footnote: 4 },
    { code: 'footnoteNeverCited', item: undefined, footnote: 6 },
  ])
  expect(issue.warnings[0]!.message).toEqual({
    en: 'The table of contents lists “海洋观测人才培养座谈会召开”, but no item with that title was found in the body.',
    zh: '目录中的“海洋观测人才培养座谈会召开”在正文中未找到对应条目。',
  })
  expect(issue.warnings.find((warning) => warning.code === 'footnoteNeverCited')!.message).toEqual({
    en: 'Footnote 6 is never cited in the text.',
    zh: '脚注 6 在正文中没有被引用。',
  })
})
