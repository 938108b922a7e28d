import type { PayloadRequest } from 'payload'

import { translated } from '../../i18n'
import { CONFLICT, RequestError } from '../../lib/RequestError'
import type { Issue, Series } from '../../payload-types'
import { issueStatesOnTheRecord } from '../../workflow/states'
import { adminPath } from './summary'

export async function findIssue(req: PayloadRequest, series: Series, year: number, number: number): Promise<Issue | undefined> {
  const { docs } = await req.payload.find({
    collection: 'issues',
    depth: 0,
    draft: true,
    limit: 1,
    overrideAccess: false,
    req,
    where: { and: [{ series: { equals: series.id } }, { year: { equals: year } }, { number: { equals: number } }] },
  })
  return docs[0]
}

/**
 * The issue this import may rewrite: none, or with `replace` a draft that was never published,
 * emptied of its items. Anything else stops the import, naming the issue that is in the way.
 */
export async function clearForImport(req: PayloadRequest, existing: Issue | undefined, replace: boolean): Promise<Issue | undefined> {
  if (!existing) return undefined
  const where = `#${existing.id} (${adminPath(existing.id)})`
  if (issueStatesOnTheRecord.includes(existing.workflowState) || existing._status === 'published' || existing.publishedAt) {
    throw new RequestError(req, CONFLICT, translated((m) => m.import.alreadyPublished({ title: existing.title, where })))
  }
  if (!replace) {
    throw new RequestError(req, CONFLICT, translated((m) => m.import.alreadyExists({ title: existing.title, where })))
  }
  const { docs: items } = await req.payload.find({
    collection: 'items',
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: false,
    req,
    where: { issue: { equals: existing.id } },
  })
  for (const item of items) await req.payload.delete({ collection: 'items', id: item.id, overrideAccess: false, req })
  return existing
}
