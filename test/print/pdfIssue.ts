import type { Block, Footnote, Inline } from '../../src/document/blocks'
import type { PrintIssue, PrintItem, PrintSection } from '../../src/print/model'
import type { MediaFile } from '../../src/storage/mediaFiles'

/** Our own demo prose for the print specs: a research office's digest of policy and results. */
const SENTENCES = [
  '某省科技厅近日发布新一轮重点研发计划指南，围绕先进结构材料、功能薄膜与高性能纤维三个方向布局了 12 个项目。',
  '指南要求申报单位联合上下游企业组成创新联合体，企业出资比例原则上不低于 40%，以推动成果尽快进入中试环节。',
  '研究团队在常温常压条件下制备出厚度仅为 3 nm 的多孔薄膜，其离子透过率较传统商用隔膜提高约两倍。',
  '专家认为，该方法工艺简单、原料易得，有望在储能、海水淡化和气体分离等领域率先获得应用。',
  '报告指出，全球新材料市场规模在过去五年中年均增长 9.6%，亚太地区的占比已超过一半。',
  '与此同时，关键原材料的供应风险正在上升，多国相继出台清单管理和储备制度，以保障产业链稳定。',
  '项目执行期为 2026 年至 2028 年，首批资助经费约 1.2 亿元，后续将根据中期评估结果滚动支持。',
  '课题组利用机器学习模型从约 5000 种候选配方中筛选出 37 种组合，并通过高通量实验验证了其中的 9 种。',
  '“我们希望把实验室里的好材料尽快变成生产线上的好产品。”项目负责人在发布会上表示。',
  '下一步，相关部门将建立跨区域的协同评价机制，统一测试标准，减少企业重复送检的时间和费用。',
]

export function paragraph(...children: Inline[]): Block {
  return { kind: 'paragraph', children }
}

export function text(value: string, style: Omit<Extract<Inline, { kind: 'text' }>, 'kind' | 'text'> = {}): Inline {
  return { kind: 'text', text: value, ...style }
}

export function note(number: number): Inline {
  return { kind: 'footnote', number }
}

function prose(seed: number, sentences: number): string {
  return Array.from({ length: sentences }, (_, index) => SENTENCES[(seed + index * 3) % SENTENCES.length]).join('')
}

export const SECTION_NAMES = ['深度分析', '国际观察', '战略规划', '项目资助', '研究动态']

/** The text either side of item `index`'s footnote mark, to find the mark in the PDF's text. */
export function aroundFootnote(index: number): { before: string; after: string } {
  return { before: prose(index, 3).slice(-6), after: prose(index + 1, 2).slice(0, 6) }
}

/** Cited a second time in item 5's first paragraph, on the page of the first citation. */
export const CITED_AGAIN = '再次引用同一来源。'
/** Added to item 3 by a correction: its number continues after the issue's frozen numbering. */
export const CORRECTION_SOURCE = '更正时补充的来源。'

export type DemoIssueOptions = { items: number; image: MediaFile; draft?: boolean }

/**
 * A bulletin built by hand: `items` items spread over five sections, the first section with an
 * editor's note, item 1 with a heading, a numbered list, a table and a figure, one footnote per
 * item (continuous across the issue), source 5 cited twice in a paragraph, a correction's source in
 * item 3 numbered after all others, and source 1 cited again at the end of the issue.
 */
export function demoPrintIssue({ items, image, draft = false }: DemoIssueOptions): PrintIssue {
  const footnotes: Footnote[] = []
  const perSection = Math.ceil(items / SECTION_NAMES.length)
  const sections: PrintSection[] = SECTION_NAMES.map((name, sectionIndex) => ({
    name,
    editorsNote:
      sectionIndex === 0
        ? [paragraph(text('本期深度分析聚焦新材料产业的区域布局与协同创新，供有关部门和研究人员参考。'))]
        : [],
    items: [],
  }))
  for (let index = 1; index <= items; index++) {
    footnotes.push({
      number: index,
      text: `示例来源第 ${index} 号：某研究机构新闻稿`,
      url: `https://example.org/news/2026/${String(index).padStart(3, '0')}`,
    })
    const body: Block[] = [paragraph(text(prose(index, 3)), note(index), text(prose(index + 1, 2)))]
    if (index === 5) body[0] = paragraph(text(prose(index, 3)), note(index), text(prose(index + 1, 2)), text(CITED_AGAIN), note(index))
    if (index === 3) body.push(paragraph(text(CORRECTION_SOURCE), note(items + 1)))
    if (index === 1) {
      body.push(
        { kind: 'heading', level: 3, children: [text('1 主要做法')] },
        { kind: 'list', ordered: true, items: [[text('统筹布局重点方向。')], [text('完善评价与激励机制。')], [text('加强国际合作与交流。')]] },
        {
          kind: 'table',
          rows: [
            { header: true, cells: [[text('省份')], [text('集群类型')], [text('发展重点')]] },
            { header: false, cells: [[text('甲省')], [text('市场导向型')], [text('电子新材料、生物医用材料')]] },
            { header: false, cells: [[text('乙省')], [text('资源转化型')], [text('稀土功能材料、先进陶瓷')]] },
          ],
        },
        {
          kind: 'figure',
          number: 1,
          label: '图 1',
          captionZh: '各省国家级新材料产业基地数量',
          captionEn: 'Number of national advanced material bases by province',
          source: '数据来源：根据公开资料整理',
          image: { file: image, width: 1600, height: 1000, mimeType: 'image/png' },
        },
        paragraph(text(prose(index + 4, 4))),
      )
    }
    const item: PrintItem = {
      id: index,
      title: `第 ${index} 条：${SENTENCES[index % SENTENCES.length].slice(0, 14)}`,
      body,
      publishedInLine: index % 4 === 0 ? `上述研究工作发表在 Advanced Materials（文章标题：Porous films number ${index}）。` : '',
      creditLine: index % 2 === 0 ? '（黄 健）' : '（冯瑞华）',
    }
    sections[Math.min(SECTION_NAMES.length - 1, Math.floor((index - 1) / perSection))].items.push(item)
  }
  footnotes.push({ number: items + 1, text: '更正补充来源：某部委通知', url: 'https://example.org/notice/2026/1' })
  const last = sections.filter((section) => section.items.length).at(-1)!.items.at(-1)!
  last.body.push(paragraph(text('本条亦参考了首条所引的新闻稿。'), note(1)))
  return {
    id: 7,
    seriesTitle: '先进材料动态信息',
    seriesTitleEn: 'Advanced Materials Newsletter',
    year: 2026,
    number: 3,
    label: '2026【03】',
    bracketNumber: '【03】',
    publisherInstitute: '某研究所',
    publisherOffice: '科研与规划处',
    publicationDate: '2026-03-14',
    dateLine: '2026年3月14日',
    citation: '某研究所科研与规划处. 先进材料动态信息[J]. 2026(3).',
    sections: sections.filter((section) => section.items.length),
    footnotes,
    draft,
  }
}
