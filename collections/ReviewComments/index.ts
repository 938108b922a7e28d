import type { Access, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { translated } from '../../src/i18n'
import { hasRole } from '../../access/roles'
import { staff } from '../../access/staff'
import { relationID } from '../../src/lib/relationID'
import { FORBIDDEN, RequestError } from '../../src/lib/RequestError'
import { noteMentions } from './hooks/mentions'
import { joinThread, keepAnsweredComments } from './hooks/threads'
import { tellParticipants } from './hooks/tellParticipants'

/** The author is whoever writes the comment; only they may reword it, anyone on staff may resolve it. */
const authorAndWording: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') return req.user ? { ...data, author: req.user.id } : data
  const reworded = ['text', 'quote'].some((field) => field in data && data[field] !== originalDoc?.[field])
  const isAuthor = String(relationID(originalDoc?.author)) === String(req.user?.id)
  if (req.user && reworded && !isAuthor) {
    throw new RequestError(req, FORBIDDEN, translated((m) => m.collections.reviewComments.onlyAuthorRewords))
  }
  return { ...data, author: originalDoc?.author }
}

const authorOrAdmin: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  return { author: { equals: user.id } }
}

/**
 * Reviewers' and editors' discussion of an item or issue, in threads: a comment, maybe on a quoted
 * passage, and the replies to it; `@name` tells a colleague. Never shown to the public.
 */
export const ReviewComments: CollectionConfig = {
  slug: 'review-comments',
  labels: {
    singular: { en: 'Review comment', zh: '审稿意见' },
    plural: { en: 'Review comments', zh: '审稿意见' },
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'text',
    defaultColumns: ['target', 'author', 'text', 'resolved', 'createdAt'],
    group: translated((m) => m.groups.editorial),
  },
  access: { create: staff, delete: authorOrAdmin, read: staff, update: staff },
  hooks: {
    afterChange: [tellParticipants],
    beforeChange: [authorAndWording, joinThread, noteMentions],
    beforeDelete: [keepAnsweredComments],
  },
  fields: [
    {
      name: 'target',
      type: 'relationship',
      relationTo: ['items', 'issues'],
      required: true,
      label: { en: 'On', zh: '对象' },
    },
    { name: 'text', type: 'textarea', required: true, label: { en: 'Comment', zh: '意见' } },
    { name: 'quote', type: 'textarea', label: { en: 'Quoted passage', zh: '引用原文' } },
    {
      name: 'replyTo',
      type: 'relationship',
      relationTo: 'review-comments',
      index: true,
      label: { en: 'In reply to', zh: '回复' },
      admin: { readOnly: true },
    },
    {
      name: 'mentions',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: { en: 'Mentions', zh: '提及' },
      admin: { description: translated((m) => m.reviewThread.mentionHint), readOnly: true, position: 'sidebar' },
    },
    { name: 'resolved', type: 'checkbox', defaultValue: false, label: { en: 'Resolved', zh: '已解决' } },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: { en: 'Author', zh: '评论人' },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
