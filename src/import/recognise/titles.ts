import type { Contents, ContentsEntry } from './contents'
import { endsClosed, hasCJK, matchKey, titleEndsClosed } from './text'
import { isText, type TextUnit, type Unit } from './units'

/**
 * Where items start. With a 目录, a body paragraph is an item's title when it matches an entry
 * (tolerant of spaces, dot leaders, footnote markers, full/half width and a truncated entry), and
 * a title-like line right after a credit line starts an item the 目录 forgot. Without one, any
 * short line without closing punctuation followed by running text starts an item.
 */

export type TitleMark = { index: number; entry?: ContentsEntry }

const LONGEST_TITLE = 80
const SHORTEST_TRUNCATED_ENTRY = 8

function matchesEntry(unit: TextUnit, entry: ContentsEntry): boolean {
  if (unit.role !== 'running' && unit.role !== 'heading') return false
  if (unit.text.length > LONGEST_TITLE || titleEndsClosed(unit.text.replace(/[：:].*$/, ''))) return false
  const key = matchKey(unit.text)
  if (key === entry.key) return true
  return entry.key.length >= SHORTEST_TRUNCATED_ENTRY && key.startsWith(entry.key) && key.length <= entry.key.length + 30
}

/** A line that reads like a title: short, no closing punctuation, running text after it. */
export function titleLike(unit: Unit | undefined, next: Unit | undefined): boolean {
  if (!isText(unit) || unit.role !== 'running' || !hasCJK(unit.text)) return false
  if (unit.text.length < 4 || unit.text.length > 50 || titleEndsClosed(unit.text)) return false
  return isText(next) && (next.role === 'running' || next.role === 'numbered' || next.role === 'heading') && (next.text.length > unit.text.length || endsClosed(next.text))
}

function nextIndex(order: readonly number[], position: number): number | undefined {
  return order[position + 1]
}

/**
 * Marks the titles among `order` (the indexes of the body's units in reading order, furniture
 * and footnote lines already out). Entries are searched in 目录 order, each from after the last
 * title found, then anywhere not yet claimed; the ones never found are returned.
 */
export function markTitles(units: Unit[], order: readonly number[], contents: Contents | undefined): { titles: TitleMark[]; missing: ContentsEntry[] } {
  const titles: TitleMark[] = []
  const missing: ContentsEntry[] = []
  const claimed = new Set<number>()
  if (contents) {
    let from = 0
    for (const entry of contents.entries) {
      const fits = (position: number) => {
        const index = order[position]!
        return !claimed.has(index) && isText(units[index]) && matchesEntry(units[index] as TextUnit, entry)
      }
      let found = order.findIndex((_, position) => position >= from && fits(position))
      if (found < 0) found = order.findIndex((_, position) => fits(position))
      if (found < 0) {
        missing.push(entry)
        continue
      }
      claimed.add(order[found]!)
      titles.push({ index: order[found]!, entry })
      from = found + 1
    }
  }
  order.forEach((index, position) => {
    if (claimed.has(index)) return
    const previous = units[order[position - 1] ?? -1]
    const afterCredit = isText(previous) && previous.role === 'credit'
    const startsBody = position === 0
    if ((contents ? afterCredit : true) || startsBody) {
      const next = nextIndex(order, position)
      if (titleLike(units[index], next === undefined ? undefined : units[next])) {
        claimed.add(index)
        titles.push({ index })
      }
    }
  })
  for (const title of titles) (units[title.index] as TextUnit).role = 'title'
  titles.sort((a, b) => order.indexOf(a.index) - order.indexOf(b.index))
  return { titles, missing }
}
