import type { Role } from './units'
import { endsClosed, joinInlines } from './text'
import { isText, type TextUnit, type Unit, withInlines } from './units'

/**
 * A text layer breaks paragraphs at page ends: "…深度融" / (footnote line, page number, header) /
 * "入并主导…". Once furniture and footnote lines are out, a paragraph that ends without closing
 * punctuation takes the running text that follows it. A fragment holds at least one full printed
 * line, so short unclosed lines (sub-headings, "(1) 产业集群逐渐形成") are never continued.
 */

const CONTINUES: ReadonlySet<Role> = new Set(['running', 'numbered', 'bullet'])
const SHORTEST_FRAGMENT = 15

function continuable(unit: Unit | undefined): unit is TextUnit {
  return isText(unit) && CONTINUES.has(unit.role) && unit.text.length >= SHORTEST_FRAGMENT && !endsClosed(unit.text)
}

/** The order of units with broken paragraphs joined into their first half; joined units leave the order. */
export function rejoin(units: Unit[], order: readonly number[]): number[] {
  const kept: number[] = []
  for (const index of order) {
    const unit = units[index]
    const lastIndex = kept[kept.length - 1]
    const last = lastIndex === undefined ? undefined : units[lastIndex]
    if (continuable(last) && isText(unit) && unit.role === 'running') {
      units[lastIndex!] = withInlines(last, joinInlines(last.inlines, unit.inlines))
      continue
    }
    kept.push(index)
  }
  return kept
}
