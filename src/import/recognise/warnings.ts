import { translated } from '../../i18n'
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
      message: translated((m) => m.import.warnings.noContents),
    })
  }
  for (const entry of missing) {
    warnings.push({
      code: 'contentsEntryNotFound',
      message: translated((m) => m.import.warnings.contentsEntryMissing({ title: entry.title })),
    })
  }
  items.forEach((item, at) => {
    const number = at + 1
    if (hasContents && !item.inContents) {
      warnings.push({
        code: 'itemNotInContents',
        item: number,
        message: translated((m) => m.import.warnings.notInContents({ number, title: item.title })),
      })
    }
    if (item.credits.length === 0) {
      warnings.push({
        code: 'noCreditLine',
        item: number,
        message: translated((m) => m.import.warnings.noCreditLine({ number, title: item.title })),
      })
    }
    item.cellCounts.forEach((counts, table) => {
      if (new Set(counts).size > 1) {
        warnings.push({
          code: 'raggedTable',
          item: number,
          message: translated((m) => m.import.warnings.ragged({ counts: [...new Set(counts)], number, table: table + 1, title: item.title })),
        })
      }
    })
  })
  for (const number of [...citedBy.keys()].filter((n) => !defined.has(n)).sort((a, b) => a - b)) {
    warnings.push({
      code: 'markerWithoutFootnote',
      footnote: number,
      item: citedBy.get(number),
      message: translated((m) => m.import.warnings.markerWithoutNote({ item: citedBy.get(number), number })),
    })
  }
  for (const footnote of footnotes.filter((f) => !citedBy.has(f.number))) {
    warnings.push({
      code: 'footnoteNeverCited',
      footnote: footnote.number,
      message: translated((m) => m.import.warnings.noteNeverCited({ number: footnote.number })),
    })
  }
  for (const text of orphans) {
    warnings.push({
      code: 'textOutsideItems',
      message: translated((m) => m.import.warnings.leftOut({ excerpt: excerpt(text) })),
    })
  }
  return warnings
}
