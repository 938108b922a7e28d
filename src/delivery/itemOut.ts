import type { Payload } from 'payload'

import { itemCitation, online } from '../citations'
import type { Issue, Item, Section } from '../payload-types'
import { footnoteReferenceIDs } from '../richtext/footnotes'
import { renderContext, richTextToHTML } from '../richtext/toHTML'
import { issueNumbering } from '../richtext/footnoteNumbering'
import { citedFootnotes } from './footnotes'
import { issueByID } from './published'
import { sanitize } from './sanitize'
import { issueSummaryOut, itemSummaryOut, sectionOut } from './serializers'

/** One item with its issue and section, its body as sanitized HTML, its footnotes numbered as in the issue, and how to cite it. */
export async function itemOut(payload: Payload, item: Item) {
  const issueID = typeof item.issue === 'object' ? (item.issue as Issue).id : item.issue
  const issue = await issueByID(payload, issueID)
  const numbering = issueNumbering(issue)
  const html = sanitize(richTextToHTML(item.body, renderContext(numbering)))
  const footnotes = citedFootnotes(numbering, new Set(footnoteReferenceIDs(item.body).map(String)))
  return {
    ...itemSummaryOut(item),
    issue: issueSummaryOut(issue),
    section: typeof item.section === 'object' ? sectionOut(item.section as Section) : null,
    html,
    footnotes,
    citation: { gbt7714: itemCitation(item, issue, online()) },
  }
}
