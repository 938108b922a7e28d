import type { CollectionBeforeChangeHook } from 'payload'

import { translated } from '../../../src/i18n'
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
      throw fieldError(req, 'issues', `sections.${index}.section`, translated((m) => m.collections.issues.sectionRepeated))
    }
    seen.add(id)
  }
  return data
}
