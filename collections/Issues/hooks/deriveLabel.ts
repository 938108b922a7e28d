import type { CollectionBeforeChangeHook } from 'payload'

import { issueLabel } from '../../../src/lib/issueLabel'
import { relationID } from '../../../src/lib/relationID'

/** Label and title are printed forms derived from series, year and number, never typed by hand. */
export const deriveLabel: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const seriesID = relationID(data.series ?? originalDoc?.series)
  const year = data.year ?? originalDoc?.year
  const number = data.number ?? originalDoc?.number
  if (!seriesID || !year || !number) return data
  const series = await req.payload.findByID({ collection: 'series', id: seriesID, depth: 0, req })
  const label = issueLabel(year, number, series.issueLabelStyle)
  return { ...data, label, title: `${series.title} ${label}` }
}
