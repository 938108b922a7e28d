import type { PayloadRequest } from 'payload'

import { inReadingOrder } from '../../lib/readingOrder'
import type { Issue } from '../../payload-types'
import { numberingAtPublication } from '../../richtext/footnoteNumbering'
import { shownByItems, shownByNotes, updatePublicRecord } from '../../publication/publicRecord'
import { itemsOfIssue, publishedCopies } from '../guards'
import { runTransition } from '../runTransition'
import { writeState } from './writeState'

/**
 * Publishes the issue and every approved item of it (each item's own `publish` transition). Runs
 * inside the transition's transaction, so either all of it is published or, when any step fails,
 * none of it. Publication freezes the footnote numbers (a later correction keeps them and appends
 * new ones) and the publication date.
 */
export async function publishIssue(req: PayloadRequest, issue: Issue): Promise<Issue> {
  const approved = (await itemsOfIssue(req, issue.id)).filter((item) => item.workflowState === 'approved')
  // A correction may drop a figure, a source or a credit: what the public saw decides as well.
  const previouslyPublic = await publishedCopies(req, issue.id)
  // What the public sees from now on: the approved items as they are, the others as published before.
  const publishing = new Set(approved.map((item) => String(item.id)))
  const nowPublic = inReadingOrder(issue, [...approved, ...previouslyPublic.filter((copy) => !publishing.has(String(copy.id)))])

  const numbering = numberingAtPublication(issue, nowPublic)
  for (const item of inReadingOrder(issue, approved)) {
    await runTransition(req, { action: 'publish', collection: 'items', id: item.id }, { cause: 'issue publication', doc: item, note: issue.title ?? undefined })
  }

  const fromItems = shownByItems(nowPublic)
  const fromNotes = shownByNotes(issue)
  await updatePublicRecord(req, {
    shown: { ...fromItems, media: [...fromItems.media, ...(fromNotes.media ?? [])], references: [...fromItems.references, ...(fromNotes.references ?? [])] },
    hiddenUnlessShown: shownByItems(previouslyPublic),
  })

  const now = new Date().toISOString()
  return writeState(
    req,
    'issues',
    issue.id,
    {
      _status: 'published',
      footnoteNumbers: numbering.notes.map(({ number, reference }) => ({
        number,
        reference: typeof reference === 'object' ? reference.id : reference,
      })),
      publicationDate: issue.publicationDate ?? now,
      publishedAt: issue.publishedAt ?? now,
      scheduledPublishAt: null,
      workflowState: 'published',
    },
    { draft: false },
  ) as Promise<Issue>
}
