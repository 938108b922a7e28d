import { plainText } from '../../document/blocks'
import { joinInlines, matchKey } from './text'
import { isText, type TextUnit, type Unit } from './units'

/**
 * The 目录: ◆ section lines and item titles with dot leaders or tabs and page numbers, maybe
 * wrapped over two lines, maybe with a ruler line; or the same without page numbers. It is the strongest evidence for where items
 * start in the body and which section each belongs to.
 */

export type ContentsEntry = { section?: string; title: string; key: string; page?: number }
export type Contents = { start: number; end: number; sections: string[]; entries: ContentsEntry[] }

const HEADING = /^(目\s*录|目\s*次|contents|table\s+of\s+contents)$/i
const SECTION_MARK = /^[◆◇■□★☆▌]\s*(\S.*)$/
const BRACKETED = /^[【\[]\s*([^】\]]{1,20})\s*[】\]]$/
const ENTRY = /^(.*?\S)(?:\s*\t+\s*|\s*[.．·…⋯_]{2,}\s*|\s{2,})(\d{1,3})\s*$/
const RULER = /^[-—_=\s]+$/
const LEADER_TAIL = /[\s.．·…⋯_]+$/

/** A section line of the 目录 or a banner of the body: ◆ 研究动态, 【研究动态】. */
export function sectionName(text: string): string | undefined {
  const marked = SECTION_MARK.exec(text.trim()) ?? BRACKETED.exec(text.trim())
  const name = marked?.[1]?.trim()
  if (!name || /^编者按/.test(name) || name.length > 20) return undefined
  return name
}

/**
 * A banner of the body: a marked section line, or a line that is exactly one of the sections the
 * 目录 names (a series may print them without ◆ or 【】).
 */
export function bannerName(text: string, known: readonly string[]): string | undefined {
  const marked = sectionName(text)
  if (marked) return marked
  const key = matchKey(text)
  return known.find((name) => matchKey(name) === key)
}

type Line = { title: string; page?: number; ruler?: boolean }

function linesOf(unit: Unit): Line[] {
  if (unit.kind === 'table') {
    return unit.rows.map((row) => {
      const cells = row.cells.map((cell) => plainText(cell).trim())
      const page = /^\d{1,3}$/.test(cells[cells.length - 1] ?? '') ? Number(cells[cells.length - 1]) : undefined
      const title = (page === undefined ? cells : cells.slice(0, -1)).join(' ').trim()
      return { title: title.replace(LEADER_TAIL, ''), page, ruler: cells.every((cell) => RULER.test(cell) || cell === '') }
    })
  }
  if (unit.kind !== 'text') return []
  if (RULER.test(unit.text)) return [{ title: '', ruler: true }]
  const entry = ENTRY.exec(unit.text)
  if (entry) return [{ title: entry[1]!.replace(LEADER_TAIL, '').trim(), page: Number(entry[2]) }]
  return [{ title: unit.text.replace(LEADER_TAIL, '').trim() }]
}

function isContentsHeading(unit: Unit | undefined): unit is TextUnit {
  return isText(unit) && HEADING.test(unit.text.replace(/\s+/g, ' ').trim())
}

/** A 目录 whose lines end in page numbers (dot leaders, tabs, a table of title and page). */
function pagedContents(units: readonly Unit[], start: number): Contents | undefined {
  const entries: ContentsEntry[] = []
  const sections: string[] = []
  let section: string | undefined
  let wrapped = ''
  /** Once the 目录 marks its sections (◆), an unmarked line without a page number is the first half of a wrapped title. */
  let marksSections = false
  let end = start + 1
  /** Where the last line that was surely part of the 目录 ends: a section line with no entries after it belongs to the body. */
  let lastEntryEnd = end
  for (; end < units.length; end++) {
    const unit = units[end]!
    const lines = linesOf(unit)
    if (lines.length === 0) break
    const nextHasPage = linesOf(units[end + 1] ?? { kind: 'image' }).some((line) => line.page !== undefined)
    let consumed = true
    for (const line of lines) {
      if (line.ruler) continue
      const named = isText(unit) && line.page === undefined ? sectionName(line.title) : undefined
      if (line.page !== undefined) {
        const title = wrapped ? plainText(joinInlines([{ kind: 'text', text: wrapped }], [{ kind: 'text', text: line.title }])) : line.title
        entries.push({ section, title, key: matchKey(title), page: line.page })
        wrapped = ''
        lastEntryEnd = end + 1
      } else if (named) {
        marksSections = true
        section = named
        sections.push(named)
      } else if (nextHasPage && line.title.length <= 12 && !wrapped && isText(unit) && !marksSections) {
        section = line.title
        sections.push(line.title)
      } else if (nextHasPage) wrapped = wrapped ? `${wrapped}${line.title}` : line.title
      else consumed = false
    }
    if (!consumed) break
  }
  if (entries.length === 0) return undefined
  return { start, end: lastEntryEnd, sections: sections.filter((name) => entries.some((entry) => entry.section === name)), entries }
}

const LONGEST_UNPAGED_ENTRY = 100
const MOST_UNPAGED_LINES = 400

/** What makes a 目录 line and its body counterpart the same: a section by its name, however marked. */
function recurrenceKey(text: string): string {
  const name = sectionName(text)
  return name ? `section:${matchKey(name)}` : matchKey(text)
}

/**
 * A 目录 without page numbers (a Word TOC field never updated, a typist's plain list): short lines
 * that end where one of them recurs, which is where the body starts. Section lines after the last
 * title belong to the body.
 */
function unpagedContents(units: readonly Unit[], start: number): Contents | undefined {
  const seen = new Set<string>()
  let recurs = -1
  for (let index = start + 1; index < units.length && index - start <= MOST_UNPAGED_LINES; index++) {
    const unit = units[index]
    if (!isText(unit) || unit.text.length > LONGEST_UNPAGED_ENTRY) return undefined
    if (RULER.test(unit.text)) continue
    const key = recurrenceKey(unit.text)
    if (seen.has(key)) {
      recurs = index
      break
    }
    seen.add(key)
  }
  if (recurs < 0) return undefined
  const entries: ContentsEntry[] = []
  const sections: string[] = []
  let section: string | undefined
  let end = start + 1
  for (let index = start + 1; index < recurs; index++) {
    const text = (units[index] as TextUnit).text
    if (RULER.test(text)) continue
    const named = sectionName(text)
    if (named) {
      section = named
      sections.push(named)
      continue
    }
    const title = text.replace(LEADER_TAIL, '').trim()
    entries.push({ section, title, key: matchKey(title) })
    end = index + 1
  }
  if (entries.length === 0) return undefined
  return { start, end, sections: sections.filter((name) => entries.some((entry) => entry.section === name)), entries }
}

/** The 目录 and where it ends, or undefined when the issue has none. */
export function findContents(units: readonly Unit[]): Contents | undefined {
  const start = units.findIndex((unit) => isContentsHeading(unit))
  if (start < 0) return undefined
  return pagedContents(units, start) ?? unpagedContents(units, start)
}
