import type { CollectionBeforeChangeHook } from 'payload'

import { translated } from '../../../src/i18n'
import { relationID } from '../../../src/lib/relationID'
import { isSystemWrite } from '../../../src/lib/systemContext'
import { fieldError } from '../../../src/lib/validationError'

/** An item can only be filed under a section its issue actually uses. */
export const ensureSectionInIssue: CollectionBeforeChangeHook = async ({ context, data, originalDoc, req }) => {
  // The system's writes (a transition's state, the builder's positions, a merge's credits) move no
  // item: publishing 40 items read their issue 40 times for nothing.
  if (isSystemWrite(context)) return data
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
