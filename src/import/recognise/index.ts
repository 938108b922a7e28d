import type { ImportedIssue, SourceDocument } from '../model'
import { assemble } from './assemble'
import { findContents } from './contents'
import { creditLine } from './credits'
import { takeFootnoteLines } from './footnoteLines'
import { findFurniture } from './furniture'
import { readMasthead } from './masthead'
import { rejoin } from './rejoin'
import { roleOf } from './roles'
import { markTitles } from './titles'
import { isText, unitsOf } from './units'
import { warningsFor } from './warnings'

/**
 * An archive file's paragraphs (from any reader) as an issue: masthead, sections in order with
 * their 编者按, items with bodies, credits and published-in lines, footnotes numbered as printed,
 * and warnings. Built for the form of a bulletin, not for one series: nothing here knows a title.
 */
export function recogniseIssue(source: SourceDocument): ImportedIssue {
  const units = unitsOf(source)
  const contents = findContents(units)
  const { masthead, end: coverEnd } = readMasthead(units, contents?.start)
  const bodyStart = contents ? contents.end : coverEnd
  for (const unit of units) if (isText(unit)) unit.role = roleOf(unit, contents?.sections ?? [])

  const outside = new Set<number>(units.map((_, index) => index).filter((index) => index < bodyStart))
  const furniture = findFurniture(units, masthead, (text) => creditLine(text) !== undefined)
  const skipped = new Set([...outside, ...furniture])
  const lines = takeFootnoteLines(units, skipped)
  const ownFootnotes = source.footnotes ?? []
  const footnotes = [...ownFootnotes, ...lines.footnotes.filter((line) => !ownFootnotes.some((own) => own.number === line.number))].sort(
    (a, b) => a.number - b.number,
  )

  let order = units.map((_, index) => index).filter((index) => !skipped.has(index) && !lines.taken.has(index))
  const { titles, missing } = markTitles(units, order, contents)
  if (source.format !== 'docx') order = rejoin(units, order)
  const { sections, items, orphans } = assemble(units, order, titles, contents)
  return { masthead, sections, footnotes, warnings: warningsFor({ items, footnotes, hasContents: !!contents, missing, orphans }) }
}
