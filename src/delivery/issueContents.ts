import type { Payload } from 'payload'

import { issueCitation, itemCitation, online } from '../citations'
import { inReadingOrder } from '../lib/readingOrder'
import { relationID } from '../lib/relationID'
import type { Issue, Item, Section, Series } from '../payload-types'
import { footnoteReferenceIDs } from '../richtext/footnotes'
import { renderContext, richTextToHTML } from '../richtext/toHTML'
import { issueNumbering } from '../richtext/footnoteNumbering'
import { citedFootnotes } from './footnotes'
import { type ContentSource, publishedSource } from './published'
import { sanitize } from './sanitize'
import { issueSummaryOut, itemSummaryOut, sectionOut, seriesOut } from './serializers'

/**
 * The issue as its table of contents: sections in the editor's order, each with its editor's note
 * and its items in order, and the issue's citation line. With `full`, every item's body as
 * sanitized HTML and its citation, footnote markers numbered continuously across the issue, and
 * the footnote list. The source is the published record, except in the staff's live preview,
 * which shows the drafts.
 */
export async function issueContents(
  payload: Payload,
  issue: Issue,
  { full, source = publishedSource }: { full: boolean; source?: ContentSource },
) {
  const items = inReadingOrder(issue, await source.itemsOfIssue(payload, issue, full))
  const sectionIDs = (issue.sections ?? []).map((row) => relationID(row.section as never)).filter((id) => id !== undefined)
  const sections = new Map((await source.sectionsByID(payload, sectionIDs)).map((section) => [String(section.id), section]))

  const numbering = issueNumbering(issue)
  const edition = online()
  const cited = new Set<string>()
  const renderBody = (item: Item) => {
    for (const id of footnoteReferenceIDs(item.body)) cited.add(String(id))
    return sanitize(richTextToHTML(item.body, renderContext(numbering)))
  }

  const contents = (issue.sections ?? []).flatMap((row) => {
    const section = sections.get(String(relationID(row.section as never)))
    if (!section) return []
    const sectionItems = items.filter((item) => String(relationID(item.section as never)) === String(section.id))
    return [
      {
        ...sectionOut(section as Section),
        editorsNote: row.editorsNote ? sanitize(richTextToHTML(row.editorsNote, renderContext(numbering))) : null,
        items: sectionItems.map((item) =>
          full
            ? { ...itemSummaryOut(item), html: renderBody(item), citation: { gbt7714: itemCitation(item, issue, edition) } }
            : itemSummaryOut(item),
        ),
      },
    ]
  })

  const series = issue.series && typeof issue.series === 'object' ? seriesOut(issue.series as Series) : null
  const base = { ...issueSummaryOut(issue), seriesInfo: series, citation: { gbt7714: issueCitation(issue, edition) }, sections: contents }
  if (!full) return base
  return { ...base, footnotes: citedFootnotes(numbering, cited) }
}
