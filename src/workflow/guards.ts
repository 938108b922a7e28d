import type { PayloadRequest } from 'payload'

import type { Issue, Item } from '../payload-types'
import { relationID } from '../lib/relationID'
import { translated } from '../i18n'
import { BAD_REQUEST, CONFLICT, FORBIDDEN, RequestError } from '../lib/RequestError'
import { ownContentChanged } from './issueContent'
import type { ItemState } from './states'

export async function itemsOfIssue(req: PayloadRequest, issueID: number | string): Promise<Item[]> {
  const { docs } = await req.payload.find({
    collection: 'items',
    depth: 0,
    draft: true,
    pagination: false,
    req,
    where: { issue: { equals: issueID } },
  })
  return docs
}

/** The copies of the issue's items that the public sees now (a pending revision is not among them). */
export async function publishedCopies(req: PayloadRequest, issueID: number | string): Promise<Item[]> {
  const { docs } = await req.payload.find({
    collection: 'items',
    depth: 0,
    draft: false,
    pagination: false,
    req,
    where: { and: [{ issue: { equals: issueID } }, { _status: { equals: 'published' } }] },
  })
  return docs
}

/** Refuses when any item of the issue is outside the allowed states, naming the items concerned. */
export function requireItemStates(req: PayloadRequest, items: Item[], allowed: readonly ItemState[]): void {
  if (items.length === 0) {
    throw new RequestError(req, CONFLICT, translated((m) => m.workflow.noItemsYet))
  }
  const blocking = items.filter((item) => !allowed.includes(item.workflowState as ItemState))
  if (blocking.length === 0) return
  throw new RequestError(
    req,
    CONFLICT,
    translated((m) =>
      m.workflow.itemsNotReady({
        blocking: blocking.map((item) => ({ state: m.workflow.states[item.workflowState as ItemState], title: item.title })),
        wanted: allowed.map((state) => m.workflow.states[state]),
      }),
    ),
  )
}

/** The accounts that wrote the document: its creator, its last editor and, for an item, the users of its credited writers. */
export async function writersOf(req: PayloadRequest, doc: Issue | Item, collection: 'issues' | 'items'): Promise<string[]> {
  const writers = [doc.createdBy, doc.lastEditedBy].map((user) => relationID(user as never))
  if (collection === 'items') {
    const authorIDs = ((doc as Item).credits ?? [])
      .filter((credit) => credit.role !== 'reviewed' && credit.role !== 'source')
      .map((credit) => relationID(credit.contributor as never))
    if (authorIDs.length) {
      const { docs } = await req.payload.find({
        collection: 'authors',
        depth: 0,
        overrideAccess: true,
        pagination: false,
        req,
        where: { id: { in: authorIDs } },
      })
      writers.push(...docs.map((author) => relationID(author.user as never)))
    }
  }
  return [...new Set(writers.filter((id) => id !== undefined).map(String))]
}

/** The writers recorded at the document's submissions so far. */
export function writersAtSubmission(doc: Issue | Item): string[] {
  return (doc.writersAtSubmission ?? []).map((user) => String(relationID(user as never)))
}

/**
 * Four-eyes rule: nobody approves what they created, last edited or are credited as writing,
 * now or when it was submitted (an unlinked credit does not lift the rule).
 */
export async function requireSecondPair(req: PayloadRequest, doc: Issue | Item, collection: 'issues' | 'items'): Promise<void> {
  if (!(await mayReview(req, doc, collection))) {
    throw new RequestError(req, FORBIDDEN, translated((m) => m.workflow.fourEyes))
  }
}

/** Whether the four-eyes rule lets the signed-in user review the document. */
export async function mayReview(req: PayloadRequest, doc: Issue | Item, collection: 'issues' | 'items'): Promise<boolean> {
  const involved = new Set([...(await writersOf(req, doc, collection)), ...writersAtSubmission(doc)])
  return !involved.has(String(req.user?.id))
}

/** A back issue comes in published with the date it was printed. */
export function requirePublicationDate(req: PayloadRequest, issue: Issue): void {
  if (!issue.publicationDate) throw new RequestError(req, BAD_REQUEST, translated((m) => m.workflow.backIssueNeedsDate))
}

/**
 * A correction may be published straight away when only items changed, each reviewed on its own;
 * when the issue's own text changed since its publication, the correction is reviewed first.
 */
export async function requireOwnChangesReviewed(req: PayloadRequest, issue: Issue): Promise<void> {
  const published = (await req.payload.findByID({ collection: 'issues', depth: 0, draft: false, id: issue.id, overrideAccess: true, req })) as Issue
  if (ownContentChanged(issue, published)) throw new RequestError(req, CONFLICT, translated((m) => m.workflow.correctionNeedsReview))
}
