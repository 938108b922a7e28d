import type { Payload, PayloadRequest, TypedUser, Where } from 'payload'

import { defaultLanguage, languages, messagesFor } from '../i18n'
import { serverURL } from '../lib/env'
import { relationID } from '../lib/relationID'
import type { User } from '../payload-types'
import type { WorkflowCollection } from './states'
import type { TransitionDefinition, WorkflowDoc } from './transitions'

/** Who a transition's mail goes to: every reviewer, every editor, or the editor who submitted the document. */
export type Recipients = 'editors' | 'reviewers' | 'submitter'
export const MAIL_SUBJECTS = ['awaitingReview', 'changesRequested', 'approved', 'published', 'deadlineTomorrow', 'reviewDueTomorrow', 'mentioned', 'replied'] as const
export type MailSubject = (typeof MAIL_SUBJECTS)[number]

type TransitionEvent = { actor: null | TypedUser | undefined; definition: TransitionDefinition; doc: WorkflowDoc }
/** What people are told: by whom (or the system), about which document, what; `excerpt` quotes the words concerned (a comment). */
export type News = {
  actor: null | TypedUser | undefined
  collection: WorkflowCollection
  doc: { id: number | string; title?: null | string }
  excerpt?: string
  subject: MailSubject
}

/** One mail in every language, the office's first: the subject names the document once, the body has a line per language. */
function message({ actor, collection, doc, excerpt, subject }: News) {
  const link = `${serverURL()}/admin/collections/${collection}/${doc.id}`
  const person = (actor as User | undefined)?.name ?? (actor as User | undefined)?.email
  const ordered = [defaultLanguage, ...languages.filter((language) => language !== defaultLanguage)]
  const lines = ordered.map((language) => {
    const { mail } = messagesFor(language).workflow
    return mail.line({ actor: person ?? mail.system, kind: mail.kinds[collection], title: doc.title ?? '', what: mail[subject] })
  })
  const [first, ...others] = ordered.map((language) => messagesFor(language).workflow.mail[subject])
  return {
    subject: `【简报】${first}：${doc.title}${others.map((what) => ` / ${what}`).join('')}`,
    text: `${lines.join('\n')}\n${excerpt ? `\n“${excerpt}”\n` : ''}\n${link}\n`,
  }
}

export async function usersWhere(payload: Payload, where: Where): Promise<User[]> {
  const { docs } = await payload.find({ collection: 'users', depth: 0, pagination: false, where })
  return docs
}

async function recipients(payload: Payload, { doc }: TransitionEvent, who: Recipients): Promise<User[]> {
  if (who !== 'submitter') return usersWhere(payload, { roles: { in: [who === 'editors' ? 'editor' : 'reviewer'] } })
  const submitter = relationID((doc.submittedBy ?? doc.lastEditedBy ?? doc.createdBy) as never)
  return submitter ? usersWhere(payload, { id: { equals: submitter } }) : []
}

/** The same news for the bell in each recipient's admin. */
async function recordNotifications(payload: Payload, { actor, collection, doc, subject }: News, people: User[], req?: PayloadRequest): Promise<void> {
  for (const person of people) {
    await payload.create({
      collection: 'notifications',
      data: {
        actor: actor?.collection === 'users' ? (actor.id as number) : null,
        documentCollection: collection,
        documentID: String(doc.id),
        documentTitle: doc.title ?? null,
        recipient: person.id,
        subject,
      },
      depth: 0,
      req,
    })
  }
}

/** Puts the news under each person's bell and mails it to them, one mail for all. */
export async function tell(payload: Payload, news: News, people: User[]): Promise<void> {
  if (people.length === 0) return
  await recordNotifications(payload, news, people)
  await payload.sendEmail({ ...message(news), to: people.map((user) => user.email) })
}

/**
 * The same, from a hook inside `req`'s transaction: the notices are written with the change that
 * caused them, and the mail leaves without holding the transaction open (a failure is logged).
 */
export async function tellWithin(req: PayloadRequest, news: News, people: User[]): Promise<void> {
  if (people.length === 0) return
  await recordNotifications(req.payload, news, people, req)
  req.payload.sendEmail({ ...message(news), to: people.map((user) => user.email) }).catch((error: unknown) => {
    req.payload.logger.error({ err: error, msg: `Mail "${news.subject}" about ${news.collection} ${news.doc.id} failed` })
  })
}

/**
 * E-mails the people a transition concerns (its definition's `notify`) and puts it under their
 * bell. The actor is not told about their own action. A failed mail is logged; it never undoes the transition.
 */
export async function notifyTransition(payload: Payload, event: TransitionEvent): Promise<void> {
  const { notify } = event.definition
  if (!notify) return
  try {
    const people = (await recipients(payload, event, notify.recipients)).filter((user) => String(user.id) !== String(event.actor?.id))
    await tell(payload, { actor: event.actor, collection: event.definition.collection, doc: event.doc, subject: notify.subject }, people)
  } catch (error) {
    payload.logger.error({ err: error, msg: `Notification for ${event.definition.action} on ${event.definition.collection} ${event.doc.id} failed` })
  }
}
