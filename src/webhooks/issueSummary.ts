import type { Payload } from 'payload'

import { serverURL } from '../lib/env'
import { relationID } from '../lib/relationID'
import type { Issue, Series } from '../payload-types'

export type IssueSummary = {
  id: number | string
  title: string
  label: string
  year: number
  number: number
  series: string | null
  publicationDate: string | null
  url: string
}

/** What a receiver is told about the issue: enough to recognise it, and where the delivery API serves it. */
export async function issueSummary(payload: Payload, issue: Issue): Promise<IssueSummary> {
  const seriesID = relationID(issue.series)
  const series = seriesID
    ? ((await payload.findByID({ collection: 'series', depth: 0, disableErrors: true, id: seriesID, overrideAccess: true })) as Series | null)
    : null
  return {
    id: issue.id,
    title: issue.title ?? '',
    label: issue.label ?? '',
    year: issue.year,
    number: issue.number,
    series: series?.slug ?? null,
    publicationDate: issue.publicationDate ?? null,
    url: `${serverURL()}/delivery/v1/issues/${issue.id}`,
  }
}
