import { translated } from '../../i18n'
import type { ImportedIssue, ImportWarning } from '../model'
import type { ImportTarget } from './options'
import { warning } from './summary'

/** The items in printed order, numbered 1… across the issue as the warnings count them. */
export function numberedItems(imported: ImportedIssue) {
  let number = 0
  return imported.sections.flatMap((section) => section.items.map((item) => ({ item, number: ++number, section })))
}

function mastheadWarnings(imported: ImportedIssue, target: ImportTarget): ImportWarning[] {
  const { masthead } = imported
  const differs = (found: number | undefined, given: number) => found !== undefined && found !== given
  if (!differs(masthead.year, target.year) && !differs(masthead.number, target.number)) return []
  const printed = `${masthead.year ?? '?'}【${String(masthead.number ?? '?').padStart(2, '0')}】`
  const given = `${target.year}【${String(target.number).padStart(2, '0')}】`
  return [
    warning('masthead-mismatch', translated((m) => m.import.warnings.coverDisagrees({ given, printed }))),
  ]
}

function itemWarnings(imported: ImportedIssue): ImportWarning[] {
  return numberedItems(imported).flatMap(({ item, number }) => {
    const warnings: ImportWarning[] = []
    if (item.publishedIn.length > 1) {
      warnings.push(
        warning(
          'published-in-several',
          translated((m) => m.import.warnings.severalPapers({ count: item.publishedIn.length, journal: item.publishedIn[0].journal, number, title: item.title })),
          { item: number },
        ),
      )
    }
    for (const block of item.body) {
      if (block.kind !== 'figure' || block.image) continue
      warnings.push(
        warning(
          'figure-without-image',
          translated((m) => m.import.warnings.figureWithoutPicture({ figure: block.label, number, title: item.title })),
          { item: number },
        ),
      )
    }
    return warnings
  })
}

/**
 * What the writer sees that a person should check, besides what the recogniser reported (which
 * already covers markers without footnotes and footnotes never cited).
 */
export function structureWarnings(imported: ImportedIssue, target: ImportTarget): ImportWarning[] {
  return [...mastheadWarnings(imported, target), ...itemWarnings(imported)]
}
