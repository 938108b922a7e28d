import type { CollectionBeforeChangeHook } from 'payload'

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
    throw fieldError(req, 'items', 'section', {
      en: `Issue ${issue.label ?? issueID} does not include this section. Add the section to the issue first, or pick one of its sections.`,
      zh: `${issue.label ?? issueID} 期未设置该栏目。请先在该期中加入此栏目，或选择该期已有的栏目。`,
    })
  }
  return data
}
