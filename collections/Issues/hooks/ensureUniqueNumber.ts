import type { CollectionBeforeChangeHook, Where } from 'payload'

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
    throw fieldError(req, 'issues', 'number', {
      en: `This series already has issue ${number} of ${year}. Choose another number.`,
      zh: `该刊物系列已有 ${issueLabel(year, number, 'ordinal')}，请换一个期号。`,
    })
  }
  return data
}
