import type { CollectionBeforeChangeHook } from 'payload'

import { relationID } from '../../../src/lib/relationID'

/** A new item without a position goes to the end of its section. */
export const appendToSection: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || typeof data.position === 'number') return data
  const issue = relationID(data.issue)
  const section = relationID(data.section)
  if (!issue || !section) return data
  const { totalDocs } = await req.payload.count({
    collection: 'items',
    req,
    where: { and: [{ issue: { equals: issue } }, { section: { equals: section } }] },
  })
  return { ...data, position: totalDocs + 1 }
}
