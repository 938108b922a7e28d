import type { CollectionBeforeChangeHook, Where } from 'payload'

import { translated } from '../../../src/i18n'
import { issueLabel } from '../../../src/lib/issueLabel'
import { relationID } from '../../../src/lib/relationID'
import { fieldError } from '../../../src/lib/validationError'

/** A series numbers its issues anew each year; the same number twice in a year is a mistake. */
export const ensureUniqueNumber: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const series = relationID(data.series ?? originalDoc?.series)
  const year = data.year ?? originalDoc?.year
  const number = data.number ?? originalDoc?.number
  if (!series || !year || !number) return data
  const where: Where = {
    and: [{ series: { equals: series } }, { year: { equals: year } }, { number: { equals: number } }],
  }
  if (originalDoc?.id) where.and!.push({ id: { not_equals: originalDoc.id } })
  const { totalDocs } = await req.payload.count({ collection: 'issues', req, where })
  if (totalDocs > 0) {
    throw fieldError(req, 'issues', 'number', translated((m) => m.collections.issues.numberTaken({ number, year })))
  }
  return data
}
