import type { ImportedMasthead } from '../model'
import { endsClosed, matchKey } from './text'
import { isText, type Unit } from './units'

/**
 * Page furniture a text layer mixes into the running text: page numbers on their own line and
 * running headers or footers (the series and issue, repeated on every page).
 */

const PAGE_NUMBER = [
  /^[-–—·•\s]*\d{1,3}[-–—·•\s]*$/,
  /^第\s*\d{1,3}\s*页(\s*[/，,]?\s*共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^(page|p\.)\s*\d{1,3}(\s*(of|\/)\s*\d{1,3})?$/i,
]
const ISSUE_MARK = /(\d{4}\s*年\s*第\s*\d{1,3}\s*期|[【\[]\s*\d{1,3}\s*[】\]]|\bNo\.\s*\d+)/i

function repeatKey(text: string): string {
  return matchKey(text).replace(/\d+/g, '#')
}

/** Marks the units that are page furniture; the caller drops them. */
export function findFurniture(units: readonly Unit[], masthead: ImportedMasthead, credits: (text: string) => boolean): Set<number> {
  const seriesKey = masthead.seriesTitle ? matchKey(masthead.seriesTitle) : undefined
  const counts = new Map<string, number>()
  for (const unit of units) if (isText(unit)) counts.set(repeatKey(unit.text), (counts.get(repeatKey(unit.text)) ?? 0) + 1)
  const furniture = new Set<number>()
  units.forEach((unit, index) => {
    if (!isText(unit) || unit.text.length > 60) return
    const text = unit.text.trim()
    if (PAGE_NUMBER.some((pattern) => pattern.test(text))) furniture.add(index)
    else if (seriesKey && matchKey(text).includes(seriesKey) && (ISSUE_MARK.test(text) || text.length <= seriesKey.length + 12)) furniture.add(index)
    else if ((counts.get(repeatKey(text)) ?? 0) >= 3 && ISSUE_MARK.test(text) && !endsClosed(text) && !credits(text)) furniture.add(index)
  })
  return furniture
}
