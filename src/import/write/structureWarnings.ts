import { citedFootnoteNumbers } from '../../document/blocks'
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

function footnoteWarnings(imported: ImportedIssue): ImportWarning[] {
  const cited = new Set<number>()
  for (const section of imported.sections) {
    citedFootnoteNumbers(section.editorsNote ?? [], cited)
    for (const item of section.items) citedFootnoteNumbers(item.body, cited)
  }
  const known = new Set(imported.footnotes.map((footnote) => footnote.number))
  const alreadyWarned = new Set(imported.warnings.map((entry) => entry.footnote).filter((number) => number !== undefined))
  const warnings: ImportWarning[] = []
  for (const number of [...cited].sort((a, b) => a - b)) {
    if (known.has(number) || alreadyWarned.has(number)) continue
    warnings.push(
      warning(
        'footnote-text-missing',
        {
          en: `Footnote ${number} is cited in the text, but its text was not found: the marker was left out; add the reference by hand.`,
          zh: `正文引用了脚注 ${number}，但未找到脚注内容：该脚注标记未导入，请手工补充参考文献。`,
        },
        { footnote: number },
      ),
    )
  }
  for (const number of [...known].sort((a, b) => a - b)) {
    if (cited.has(number) || alreadyWarned.has(number)) continue
    warnings.push(
      warning(
        'footnote-uncited',
        {
          en: `Footnote ${number} is never cited in the text: its reference was recorded, but no marker places it; add the marker where it belongs.`,
          zh: `脚注 ${number} 在正文中没有被引用：已登记其参考文献，但没有脚注标记，请在相应位置补上。`,
        },
        { footnote: number },
      ),
    )
  }
  return warnings
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

/** What the writer sees that a person should check, besides what the recogniser reported. */
export function structureWarnings(imported: ImportedIssue, target: ImportTarget): ImportWarning[] {
  return [...mastheadWarnings(imported, target), ...footnoteWarnings(imported), ...itemWarnings(imported)]
}
