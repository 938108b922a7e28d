import { bannerName, sectionName } from './contents'
import { creditLine } from './credits'
import { publishedInLine } from './publishedIn'
import { endsClosed } from './text'
import type { Role, TextUnit } from './units'

/**
 * What each paragraph is by its own form: a section banner, the 编者按 label, a numbered
 * sub-heading, a list item, a caption or source line, a credit line, a published-in line, or
 * running text. Titles are decided later, from the 目录 and the neighbours.
 */

const EDITORS_NOTE = /^[【\[]?\s*编者按\s*[】\]]?\s*[:：]?\s*/
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,2})\s*[、.．]?\s+\S/
const CHINESE_HEADING = /^[一二三四五六七八九十]{1,3}\s*、\s*\S/
const CHINESE_SUBHEADING = /^[(（][一二三四五六七八九十]{1,3}[)）]\s*\S/
const BULLET = /^[►•●▪◦‣▶➢➤✓✔◆◇■□]\s*/
const NUMBERED = /^([(（]\d{1,2}[)）]|\d{1,2}[)）]|[①-⑳])\s*/
const CAPTION = /^(表|图)\s*\d{1,2}(?:[.-]\d{1,2})?(?:\s|[:：.、]|$)|^(Table|Figure|Fig\.)\s*\d{1,2}\b/i
const SOURCE_LINE = /^(资料来源|数据来源|信息来源|来源|注|说明)\s*[:：]|^(Data\s+)?Sources?\s*:|^Notes?\s*:/i

const SHORT_HEADING = 40

export function editorsNoteLabel(text: string): { rest: string } | undefined {
  const match = EDITORS_NOTE.exec(text)
  return match ? { rest: text.slice(match[0].length) } : undefined
}

/** The level of a numbered sub-heading ("1 …" → 3, "4.1 …" → 4, "一、…" → 3, "（一）…" → 4), or undefined. */
export function headingLevel(text: string): 3 | 4 | 5 | undefined {
  if (text.length > SHORT_HEADING || endsClosed(text)) return undefined
  const numbered = NUMBERED_HEADING.exec(text)
  if (numbered) return (Math.min(3 + numbered[1]!.split('.').length - 1, 5) as 3 | 4 | 5)
  if (CHINESE_HEADING.test(text)) return 3
  if (CHINESE_SUBHEADING.test(text)) return 4
  return undefined
}

export function bulletText(text: string): boolean {
  return BULLET.test(text) && !sectionName(text)
}

export const bulletMark = BULLET

/**
 * `sections`: the section names the 目录 gives. A Word Heading 1 or 2 is a banner by its text like
 * any paragraph; otherwise it is left to the title matcher, whatever its numbering or punctuation.
 */
export function roleOf(unit: TextUnit, sections: readonly string[]): Role {
  const text = unit.text
  if (editorsNoteLabel(text)) return 'editorsNote'
  if (bannerName(text, sections) && !unit.style?.listItem) return 'banner'
  if (unit.style?.heading && unit.style.heading <= 2) return 'running'
  if (creditLine(text)) return 'credit'
  if (publishedInLine(text)) return 'publishedIn'
  if (CAPTION.test(text) && text.length <= 160) return 'caption'
  if (SOURCE_LINE.test(text) && text.length <= 200) return 'sourceLine'
  if (unit.style?.listItem && !unit.style.ordered) return 'bullet'
  if (bulletText(text)) return 'bullet'
  if (headingLevel(text) || (unit.style?.heading !== undefined && unit.style.heading >= 3)) return 'heading'
  if (NUMBERED.test(text) || (unit.style?.listItem && unit.style.ordered)) return 'numbered'
  return 'running'
}
