import type { PayloadRequest } from 'payload'

import { relationID } from '../lib/relationID'
import type { Issue } from '../payload-types'
import { numberingAtPublication } from '../richtext/footnoteNumbering'
import { inReadingOrder } from '../lib/readingOrder'
import { itemsOfIssue } from './guards'

export type PublicationSummary = { footnotes: number; items: number; sections: number }

/** What publishing the issue makes public, for the editor to confirm: its items, their sections, the footnotes numbered as publication will number them. */
export async function publicationSummary(req: PayloadRequest, issue: Issue): Promise<PublicationSummary> {
  const items = inReadingOrder(issue, await itemsOfIssue(req, issue.id))
  const numbering = numberingAtPublication(issue, items)
  const sections = new Set(items.map((item) => String(relationID(item.section as never))))
  return { footnotes: numbering.notes.length, items: items.length, sections: sections.size }
}
