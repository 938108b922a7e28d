import type { Issue, Item } from '../payload-types'
import { relationID } from './relationID'

/** Items as the issue prints them: by the issue's order of sections, then by position within each. */
export function inReadingOrder<T extends Pick<Item, 'position' | 'section' | 'title'>>(issue: Pick<Issue, 'sections'>, items: T[]): T[] {
  const sectionOrder = (issue.sections ?? []).map((row) => String(relationID(row.section as never)))
  const rank = (item: T) => {
    const index = sectionOrder.indexOf(String(relationID(item.section as never)))
    return index === -1 ? sectionOrder.length : index
  }
  return [...items].sort(
    (a, b) => rank(a) - rank(b) || (a.position ?? Infinity) - (b.position ?? Infinity) || a.title.localeCompare(b.title, 'zh'),
  )
}
