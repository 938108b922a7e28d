import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { translated } from '../../../src/i18n'
import { relationID } from '../../../src/lib/relationID'
import { BAD_REQUEST, CONFLICT, RequestError } from '../../../src/lib/RequestError'
import type { ReviewComment } from '../../../src/payload-types'

type Target = ReviewComment['target'] | undefined

function sameTarget(one: Target, other: Target): boolean {
  return Boolean(one && other && one.relationTo === other.relationTo && String(relationID(one.value)) === String(relationID(other.value)))
}

/**
 * A reply joins the thread of the comment it answers, under that thread's first comment (one level
 * of replies, as people read a discussion), and is about the same document. Neither changes later.
 */
export const joinThread: CollectionBeforeChangeHook<ReviewComment> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'update') return { ...data, replyTo: originalDoc?.replyTo ?? null, target: originalDoc?.target }
  const answered = relationID(data.replyTo)
  if (answered === undefined) return data
  const comment = (await req.payload.findByID({ collection: 'review-comments', depth: 0, disableErrors: true, id: answered, req })) as null | ReviewComment
  if (!comment) throw new RequestError(req, BAD_REQUEST, translated((m) => m.collections.reviewComments.noSuchComment({ id: answered })))
  if (data.target && !sameTarget(data.target, comment.target)) {
    throw new RequestError(req, BAD_REQUEST, translated((m) => m.collections.reviewComments.replyElsewhere))
  }
  return { ...data, replyTo: relationID(comment.replyTo) ?? comment.id, target: comment.target }
}

/** A comment others answered stays, so that their replies keep what they answer; it can be resolved instead. */
export const keepAnsweredComments: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { totalDocs } = await req.payload.count({ collection: 'review-comments', req, where: { replyTo: { equals: id } } })
  if (totalDocs > 0) throw new RequestError(req, CONFLICT, translated((m) => m.collections.reviewComments.hasReplies))
}
