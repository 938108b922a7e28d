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
    warning('masthead-mismatch', {
      en: `The cover says ${printed}, but the import was told ${given}; it is filed as ${given}. Check which is right.`,
      zh: `封面印的是 ${printed}，导入时填写的是 ${given}；已按 ${given} 保存，请核对。`,
    }),
  ]
}

function itemWarnings(imported: ImportedIssue): ImportWarning[] {
  return numberedItems(imported).flatMap(({ item, number }) => {
    const warnings: ImportWarning[] = []
    if (item.publishedIn.length > 1) {
      warnings.push(
        warning(
          'published-in-several',
          {
            en: `Item ${number} “${item.title}” names ${item.publishedIn.length} original papers; only the first (${item.publishedIn[0].journal}) is kept as “published in”, the others stay in the text.`,
            zh: `第 ${number} 篇“${item.title}”列出 ${item.publishedIn.length} 篇原始论文，仅第一篇（${item.publishedIn[0].journal}）记为“原文出处”，其余保留在正文中。`,
          },
          { item: number },
        ),
      )
    }
    for (const block of item.body) {
      if (block.kind !== 'figure' || block.image) continue
      warnings.push(
        warning(
          'figure-without-image',
          {
            en: `Item ${number} “${item.title}”: ${block.label} came without its picture; its caption is in the text, upload the image there.`,
            zh: `第 ${number} 篇“${item.title}”：${block.label} 没有图片，只导入了图题，请在该处上传图片。`,
          },
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
