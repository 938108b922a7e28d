import { citedFootnoteNumbers, type Footnote } from '../../document/blocks'
import type { ImportWarning } from '../model'
import type { AssembledItem } from './assemble'
import type { ContentsEntry } from './contents'

/**
 * What a person should check before creating the issue, each with where it is and in both
 * languages: footnotes never cited or cited without a footnote line, items without a credit
 * line, 目录 entries not found in the body and items it does not list, tables with ragged rows.
 */

function excerpt(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text
}

export type WarningInput = {
  items: readonly AssembledItem[]
  footnotes: readonly Footnote[]
  hasContents: boolean
  missing: readonly ContentsEntry[]
  orphans: readonly string[]
}

export function warningsFor({ items, footnotes, hasContents, missing, orphans }: WarningInput): ImportWarning[] {
  const warnings: ImportWarning[] = []
  const defined = new Set(footnotes.map((footnote) => footnote.number))
  const citedBy = new Map<number, number>()
  items.forEach((item, at) => citedFootnoteNumbers(item.body).forEach((number) => citedBy.has(number) || citedBy.set(number, at + 1)))
  if (!hasContents) {
    warnings.push({
      code: 'noContents',
      message: {
        en: 'No table of contents was found: items were recognised from the layout alone; check where each item starts.',
        zh: '未找到目录：条目仅按版式识别，请核对每条的起止位置。',
      },
    })
  }
  for (const entry of missing) {
    warnings.push({
      code: 'contentsEntryNotFound',
      message: {
        en: `The table of contents lists “${entry.title}”, but no item with that title was found in the body.`,
        zh: `目录中的“${entry.title}”在正文中未找到对应条目。`,
      },
    })
  }
  items.forEach((item, at) => {
    const number = at + 1
    if (hasContents && !item.inContents) {
      warnings.push({
        code: 'itemNotInContents',
        item: number,
        message: { en: `Item ${number} (${item.title}) is not listed in the table of contents.`, zh: `第 ${number} 条（${item.title}）未列入目录。` },
      })
    }
    if (item.credits.length === 0) {
      warnings.push({
        code: 'noCreditLine',
        item: number,
        message: { en: `No credit line after item ${number} (${item.title}).`, zh: `第 ${number} 条（${item.title}）末尾没有署名行。` },
      })
    }
    item.cellCounts.forEach((counts, table) => {
      if (new Set(counts).size > 1) {
        warnings.push({
          code: 'raggedTable',
          item: number,
          message: {
            en: `Table ${table + 1} of item ${number} (${item.title}) has rows with different numbers of cells (${[...new Set(counts)].join(', ')}).`,
            zh: `第 ${number} 条（${item.title}）的第 ${table + 1} 个表格各行单元格数不一致（${[...new Set(counts)].join('、')}）。`,
          },
        })
      }
    })
  })
  for (const number of [...citedBy.keys()].filter((n) => !defined.has(n)).sort((a, b) => a - b)) {
    warnings.push({
      code: 'markerWithoutFootnote',
      footnote: number,
      item: citedBy.get(number),
      message: { en: `Footnote marker ${number} (item ${citedBy.get(number)}) has no footnote text.`, zh: `第 ${citedBy.get(number)} 条中的脚注标记 ${number} 没有对应的脚注内容。` },
    })
  }
  for (const footnote of footnotes.filter((f) => !citedBy.has(f.number))) {
    warnings.push({
      code: 'footnoteNeverCited',
      footnote: footnote.number,
      message: { en: `Footnote ${footnote.number} is never cited in the text.`, zh: `脚注 ${footnote.number} 在正文中没有被引用。` },
    })
  }
  for (const text of orphans) {
    warnings.push({
      code: 'textOutsideItems',
      message: { en: `Text outside any item was left out: “${excerpt(text)}”.`, zh: `以下文字不属于任何条目，未导入：“${excerpt(text)}”。` },
    })
  }
  return warnings
}
