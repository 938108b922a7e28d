import type { CollectionAfterChangeHook } from 'payload'

import { relationID } from '../../../src/lib/relationID'
import type { ReviewComment } from '../../../src/payload-types'
import { type MailSubject, tellWithin, usersWhere } from '../../../src/workflow/notifications'

const ids = (values: ReviewComment['mentions']) => (values ?? []).map((value) => String(relationID(value)))

/**
 * Tells, by mail and under the bell, the colleagues a comment newly mentions, and the author of
 * the comment a reply answers. Nobody hears of their own comment, nor twice of the same one.
 */
export const tellParticipants: CollectionAfterChangeHook<ReviewComment> = async ({ doc, operation, previousDoc, req }) => {
  const author = String(relationID(doc.author))
  const before = operation === 'update' ? ids(previousDoc?.mentions) : []
  const mentioned = ids(doc.mentions).filter((id) => id !== author && !before.includes(id))
  const answered: string[] = []
  if (operation === 'create' && doc.replyTo) {
    const thread = (await req.payload.findByID({ collection: 'review-comments', depth: 0, id: relationID(doc.replyTo)!, req, select: { author: true } })) as ReviewComment
    const threadAuthor = relationID(thread.author)
    if (threadAuthor !== undefined && String(threadAuthor) !== author && !mentioned.includes(String(threadAuthor))) answered.push(String(threadAuthor))
  }
  if (mentioned.length === 0 && answered.length === 0) return doc

  const collection = doc.target.relationTo
  const target = (await req.payload.findByID({ collection, depth: 0, draft: true, id: relationID(doc.target.value)!, req, select: { title: true } })) as { id: number; title?: null | string }
  const tell = async (subject: MailSubject, people: string[]) => {
    if (people.length === 0) return
    const recipients = await usersWhere(req.payload, { id: { in: people } })
    await tellWithin(req, { actor: req.user, collection, doc: target, excerpt: doc.text, subject }, recipients)
  }
  await tell('mentioned', mentioned)
  await tell('replied', answered)
  return doc
}
