import type { CollectionBeforeChangeHook } from 'payload'

import { relationID } from '../../../src/lib/relationID'
import { fieldError } from '../../../src/lib/validationError'

type SectionRow = { section?: Parameters<typeof relationID>[0] }

/** A section heading appears once per issue; its items are ordered within it. */
export const rejectRepeatedSections: CollectionBeforeChangeHook = ({ data, req }) => {
  const seen = new Set<number | string>()
  for (const [index, row] of ((data.sections ?? []) as SectionRow[]).entries()) {
    const id = relationID(row.section)
    if (id === undefined) continue
    if (seen.has(id)) {
      throw fieldError(req, 'issues', `sections.${index}.section`, {
        en: 'This section is already in the issue; each section appears once.',
        zh: '本期已包含该栏目，每个栏目只能出现一次。',
      })
    }
    seen.add(id)
  }
  return data
}
