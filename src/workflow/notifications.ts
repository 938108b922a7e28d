import type { Payload, TypedUser, Where } from 'payload'

import { serverURL } from '../lib/env'
import { relationID } from '../lib/relationID'
import type { Issue, Item, User } from '../payload-types'
import type { WorkflowCollection } from './states'

type TransitionEvent = {
  action: string
  actor: null | TypedUser | undefined
  collection: WorkflowCollection
  doc: Issue | Item
}

type Message = { subject: string; text: string }

const kind = { issues: { en: 'issue', zh: '期刊' }, items: { en: 'item', zh: '稿件' } }

function message(event: TransitionEvent, zh: string, en: string): Message {
  const link = `${serverURL()}/admin/collections/${event.collection}/${event.doc.id}`
  const who = (event.actor as User | undefined)?.name ?? (event.actor as User | undefined)?.email ?? '系统 / system'
  return {
    subject: `【简报】${zh}：${event.doc.title} / ${en}`,
    text: `${zh}：${kind[event.collection].zh}《${event.doc.title}》（操作人：${who}）\n${en}: ${kind[event.collection].en} "${event.doc.title}" (by ${who})\n\n${link}\n`,
  }
}

async function usersWhere(payload: Payload, where: Where): Promise<User[]> {
  const { docs } = await payload.find({ collection: 'users', depth: 0, pagination: false, where })
  return docs
}

async function recipients(payload: Payload, event: TransitionEvent): Promise<User[]> {
  const byRole = (role: string) => usersWhere(payload, { roles: { in: [role] } })
  const submitter = relationID((event.doc.submittedBy ?? event.doc.lastEditedBy ?? event.doc.createdBy) as never)
  const theEditor = () => (submitter ? usersWhere(payload, { id: { equals: submitter } }) : Promise.resolve([]))
  switch (event.action) {
    case 'submit':
      return byRole('reviewer')
    case 'request_changes':
      return theEditor()
    case 'approve':
      return event.collection === 'items' ? theEditor() : byRole('editor')
    case 'publish':
      return byRole('editor')
    default:
      return []
  }
}

function messageFor(event: TransitionEvent): Message | undefined {
  switch (event.action) {
    case 'submit':
      return message(event, '待审核', 'Awaiting your review')
    case 'request_changes':
      return message(event, '退回修改', 'Changes requested')
    case 'approve':
      return message(event, '审核通过', 'Approved')
    case 'publish':
      return message(event, '已发布', 'Published')
    default:
      return undefined
  }
}

/**
 * E-mails the people a transition concerns: reviewers when something awaits review, the editor
 * when changes are requested or an item is approved, editors when an issue is approved or
 * published. The actor is not mailed about their own action. A failed mail is logged; it never
 * undoes the transition.
 */
export async function notifyTransition(payload: Payload, event: TransitionEvent): Promise<void> {
  const content = messageFor(event)
  if (!content) return
  try {
    const to = (await recipients(payload, event))
      .filter((user) => String(user.id) !== String(event.actor?.id))
      .map((user) => user.email)
    if (to.length === 0) return
    await payload.sendEmail({ ...content, to })
  } catch (error) {
    payload.logger.error({ err: error, msg: `Notification for ${event.action} on ${event.collection} ${event.doc.id} failed` })
  }
}
