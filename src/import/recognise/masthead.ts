import type { ImportedMasthead } from '../model'
import { hasCJK } from './text'
import { isText, type Unit } from './units'

/**
 * The cover: year, series title (Chinese, then 【01】 or 2023年第3期), English title, institute,
 * office and date. Recognised by the form of each line, not by any series' names.
 */

const YEAR_ALONE = /^((?:19|20)\d{2})\s*年?$/
const BRACKET_NUMBER = /^(.*?)\s*[【\[]\s*(\d{1,3})\s*[】\]]\s*$/
const YEAR_AND_NUMBER = /((?:19|20)\d{2})\s*年\s*第\s*(\d{1,3})\s*期/
const LATIN_NUMBER = /\bNo\.?\s*(\d{1,3})\b/i
const DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/
const NUMERIC_DATE = /^((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})$/
const OFFICE = /(处|办公室|室|科|馆|组|信息中心|编辑部)$/
const INSTITUTE = /(研究所|研究院|科学院|大学|学院|研究中心|中心|实验室|学会|协会|委员会|集团|公司|局|厅)$/
const NOT_A_NAME = /内部|资料|注意|保存|主编|责任编辑|电话|邮箱|地址|网址|e-?mail|传真|^目\s*录$/i
const LABEL = /^(主办|编印|编辑|出版|编制|承办)\s*[:：]\s*/

function pad(value: string): string {
  return value.padStart(2, '0')
}

function isEnglishTitle(text: string): boolean {
  if (hasCJK(text) || /\d/.test(text)) return false
  const words = text.split(/\s+/).filter(Boolean)
  return words.length >= 2 && words.every((word) => /^[A-Za-z&,.'’\-()]+$/.test(word))
}

function assignName(masthead: ImportedMasthead, name: string): void {
  if (OFFICE.test(name) && masthead.publisherInstitute) masthead.publisherOffice ??= name
  else if (OFFICE.test(name) && !INSTITUTE.test(name)) masthead.publisherOffice ??= name
  else if (INSTITUTE.test(name) && !masthead.publisherInstitute) masthead.publisherInstitute = name
  else if (INSTITUTE.test(name) || OFFICE.test(name)) masthead.publisherOffice ??= name
  else if (!masthead.seriesTitle) masthead.seriesTitle = name
}

/** One cover line into the masthead. */
function readLine(masthead: ImportedMasthead, text: string): void {
  const line = text.replace(LABEL, '').trim()
  const yearAlone = YEAR_ALONE.exec(line)
  if (yearAlone) {
    masthead.year ??= Number(yearAlone[1])
    return
  }
  const date = DATE.exec(line) ?? NUMERIC_DATE.exec(line)
  if (date) {
    masthead.date ??= `${date[1]}-${pad(date[2]!)}-${pad(date[3]!)}`
    masthead.year ??= Number(date[1])
    return
  }
  const yearAndNumber = YEAR_AND_NUMBER.exec(line)
  if (yearAndNumber) {
    masthead.year ??= Number(yearAndNumber[1])
    masthead.number ??= Number(yearAndNumber[2])
    const before = line.slice(0, yearAndNumber.index).trim()
    if (before && hasCJK(before)) masthead.seriesTitle ??= before
    return
  }
  const bracket = BRACKET_NUMBER.exec(line)
  if (bracket && hasCJK(bracket[1]!)) {
    masthead.seriesTitle ??= bracket[1]!.trim()
    masthead.number ??= Number(bracket[2])
    return
  }
  if (isEnglishTitle(line)) {
    masthead.seriesTitleEn ??= line
    return
  }
  const latinNumber = LATIN_NUMBER.exec(line)
  if (latinNumber && !hasCJK(line)) {
    masthead.number ??= Number(latinNumber[1])
    return
  }
  if (hasCJK(line) && !NOT_A_NAME.test(line) && !/\d/.test(line) && line.length <= 40) {
    for (const part of line.split(/\s+/).filter(Boolean)) assignName(masthead, part)
  }
}

function isCoverMark(text: string): boolean {
  return [YEAR_ALONE, DATE, NUMERIC_DATE, YEAR_AND_NUMBER, BRACKET_NUMBER].some((pattern) => pattern.test(text.trim())) || isEnglishTitle(text)
}

/**
 * Where the cover ends without a 目录: after its date line, else after the last line among the
 * first few that only a cover has (year, issue number, English title). Item titles look like
 * cover names, so nothing past those marks is read as the cover.
 */
function coverEnd(units: readonly Unit[]): number {
  const head = units.slice(0, 12)
  const dateAt = head.findIndex((unit) => isText(unit) && (DATE.test(unit.text) || NUMERIC_DATE.test(unit.text.trim())) && unit.text.length <= 20)
  if (dateAt >= 0) return dateAt + 1
  let last = -1
  head.forEach((unit, index) => {
    if (isText(unit) && isCoverMark(unit.text)) last = index
  })
  return last + 1
}

/** The masthead from the units before `end` (the 目录, when there is one); returns where the cover ends. */
export function readMasthead(units: readonly Unit[], end: number | undefined): { masthead: ImportedMasthead; end: number } {
  const masthead: ImportedMasthead = {}
  const coverEndsAt = end ?? coverEnd(units)
  for (const unit of units.slice(0, coverEndsAt)) if (isText(unit)) readLine(masthead, unit.text)
  return { masthead, end: coverEndsAt }
}
