/** readText: a text layer's lines as the paragraph stream the recogniser reads. */
import { plainText } from '../../src/document/blocks'
import type { SourceParagraph } from '../../src/import/model'
import { importText, readText } from '../../src/import/readText'
import { allItems, blockTexts } from './fixtures/recogniseHelpers'

type TextParagraph = Extract<SourceParagraph, { kind: 'text' }>
const texts = (text: string) => readText(text).paragraphs.filter((p): p is TextParagraph => p.kind === 'text')

test('superscript digits are footnote markers, runs like ¹⁰ one marker; units and powers of ten keep theirs', () => {
  const [paragraph] = texts('面积达 30 km²，增长 10³ 倍¹，另见报道¹⁰。')
  expect(paragraph!.inlines).toEqual([
    { kind: 'text', text: '面积达 30 km²，增长 10³ 倍' },
    { kind: 'footnote', number: 1 },
    { kind: 'text', text: '，另见报道' },
    { kind: 'footnote', number: 10 },
    { kind: 'text', text: '。' },
  ])
})

test('lines of one block join without a space between CJK characters and with one between Latin words; blank lines end paragraphs', () => {
  const paragraphs = texts('研究团队开发了一种新\n型材料，可用于 solid-state\nbattery 电极。\n\n第二段。')
  expect(paragraphs.map((p) => plainText(p.inlines))).toEqual(['研究团队开发了一种新型材料，可用于 solid-state battery 电极。', '第二段。'])
})

test('tab-separated runs of lines are one table, the first row its header; a single tabbed line stays text', () => {
  const paragraphs = readText('甲\t乙\t丙\n1\t2\t3\n\n标题\t5').paragraphs
  expect(paragraphs[0]).toEqual({
    kind: 'table',
    rows: [
      { header: true, cells: [[{ kind: 'text', text: '甲' }], [{ kind: 'text', text: '乙' }], [{ kind: 'text', text: '丙' }]] },
      { header: false, cells: [[{ kind: 'text', text: '1' }], [{ kind: 'text', text: '2' }], [{ kind: 'text', text: '3' }]] },
    ],
  })
  expect(paragraphs[1]).toEqual({ kind: 'text', inlines: [{ kind: 'text', text: '标题\t5' }] })
})

test('*…* and **…** are italic and bold; a lone asterisk is text; simple TeX is its characters', () => {
  const [paragraph] = texts('发表在 *Nature* 上，**重点**是 a * b，纯度 $\\geq 95\\%$，$\\frac{a}{b}$ 不变。')
  expect(paragraph!.inlines).toEqual([
    { kind: 'text', text: '发表在 ' },
    { kind: 'text', text: 'Nature', italic: true },
    { kind: 'text', text: ' 上，' },
    { kind: 'text', text: '重点', bold: true },
    { kind: 'text', text: '是 a * b，纯度 ≥ 95%，$\\frac{a}{b}$ 不变。' },
  ])
})

test('without a 目录: items from banners and title-like lines, the cover up to its date', () => {
  const issue = importText(
    [
      '材料简讯',
      '2025年第4期',
      '2025年6月1日',
      '◆ 行业观察',
      '固态电池中试线投产',
      '国内首条固态电池中试线近日投产，年产能可达 0.5 GWh，产品主要面向储能市场。',
      '（刘 洋）',
      '◆ 研究进展',
      '新型催化剂提升制氢效率',
      '研究团队设计的镍铁双金属催化剂在碱性条件下表现出优异的析氧活性。',
      '（科技日报）',
    ].join('\n\n'),
  )
  expect(issue.masthead).toEqual({ seriesTitle: '材料简讯', year: 2025, number: 4, date: '2025-06-01' })
  expect(issue.sections.map((section) => [section.name, section.items.map((item) => [item.title, item.credits])])).toEqual([
    ['行业观察', [['固态电池中试线投产', ['刘 洋']]]],
    ['研究进展', [['新型催化剂提升制氢效率', ['科技日报']]]],
  ])
  expect(allItems(issue).map((item) => blockTexts(item.body).length)).toEqual([1, 1])
  expect(issue.warnings.map((warning) => warning.code)).toEqual(['noContents'])
})
