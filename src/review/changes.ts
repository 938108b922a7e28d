import { diffChars, diffLines } from 'diff'
import type { PayloadRequest } from 'payload'

import type { AuditLog, Issue, Item, User } from '../payload-types'
import type { AuditAction } from '../workflow/auditActions'
import type { WorkflowCollection } from '../workflow/states'
import { type ComparableDocument, issueLines, itemLines } from './documentLines'

/** The review events a version is compared against: what the reviewer saw when they last decided. */
const REVIEWS: AuditAction[] = ['request_changes', 'approve', 'publish']

export type DiffPart = { text: string; added?: true; removed?: true }
export type FieldChange = { field: string; parts: DiffPart[] }
export type ChangesSinceReview = {
  since?: { action: AuditAction; at: string; by: string | null }
  changes: FieldChange[]
}

/** Fields that are lists, one entry a line: an entry is added, removed or replaced whole. */
const LISTS = new Set(['credits', 'footnotes', 'publishedIn', 'sections'])

/** Every entry ends its line, the last too, so that adding one after it leaves it unchanged. */
const asLines = (text: string | undefined) => (text ? `${text}\n` : '')

/** Lists by lines; prose character by character, which is how Chinese differs (no spaces between words). */
function fieldChanges(before: ComparableDocument, after: ComparableDocument): FieldChange[] {
  return Object.keys(after)
    .filter((field) => (before[field] ?? '') !== after[field])
    .map((field) => ({
      field,
      parts: (LISTS.has(field) ? diffLines(asLines(before[field]), asLines(after[field])) : diffChars(before[field] ?? '', after[field])).map(({ added, removed, value }) => ({ text: value, ...(added ? { added: true as const } : {}), ...(removed ? { removed: true as const } : {}) })),
    }))
}

async function lastReview(req: PayloadRequest, collection: WorkflowCollection, id: number | string): Promise<AuditLog | undefined> {
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    depth: 1,
    limit: 1,
    req,
    sort: '-createdAt',
    where: { and: [{ documentCollection: { equals: collection } }, { documentID: { equals: String(id) } }, { action: { in: REVIEWS } }] },
  })
  return docs[0]
}

/**
 * What changed in an item or issue since its last review (a request for changes, an approval, a
 * publication): its newest draft against the version saved when that review was taken, field by
 * field, as text a reviewer reads (the body by lines, footnotes with their sources, credits).
 */
export async function changesSinceReview(req: PayloadRequest, collection: WorkflowCollection, id: number | string): Promise<ChangesSinceReview> {
  const review = await lastReview(req, collection, id)
  if (!review) return { changes: [] }
  const { docs: versions } = await req.payload.findVersions({
    collection,
    depth: 0,
    limit: 1,
    req,
    sort: '-createdAt',
    where: { and: [{ parent: { equals: id } }, { createdAt: { less_than_equal: review.createdAt } }] },
  })
  const current = await req.payload.findByID({ collection, depth: 0, draft: true, id, req })
  const reviewed = versions[0]?.version
  const by = review.actor && typeof review.actor === 'object' ? (review.actor as User).name : null
  const since = { action: review.action, at: review.createdAt, by }
  if (!reviewed) return { since, changes: [] }
  const [before, after] =
    collection === 'items' ? await itemLines(req, [reviewed as Item, current as Item]) : await issueLines(req, [reviewed as Issue, current as Issue])
  return { since, changes: fieldChanges(before, after) }
}
