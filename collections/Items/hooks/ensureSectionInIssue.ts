import type { CollectionBeforeChangeHook } from 'payload'

import { translated } from '../../../src/i18n'
import { relationID } from '../../../src/lib/relationID'
import { fieldError } from '../../../src/lib/validationError'

/** An item can only be filed under a section its issue actually uses. */
export const ensureSectionInIssue: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const issueID = relationID(data.issue ?? originalDoc?.issue)
  const sectionID = relationID(data.section ?? originalDoc?.section)
  if (!issueID || !sectionID) return data
  const issue = await req.payload.findByID({ collection: 'issues', id: issueID, depth: 0, draft: true, req })
  const used = (issue.sections ?? []).map((row) => relationID(row.section))
  if (!used.some((id) => String(id) === String(sectionID))) {
    throw fieldError(req, 'items', 'section', translated((m) => m.collections.items.sectionNotInIssue({ issue: issue.label ?? issueID })))
  }
  return data
}
