import type { Payload, TaskConfig } from 'payload'

import { isoDay } from '../lib/officeDay'
import { relationID } from '../lib/relationID'
import type { Issue, User } from '../payload-types'
import { tell, usersWhere } from '../workflow/notifications'

export const REMINDERS_QUEUE = 'reminders'
const DAY_MS = 24 * 60 * 60 * 1000

const idsOf = (values: unknown[]) => [...new Set(values.map((value) => relationID(value as never)).filter((id) => id !== undefined).map(String))]

async function people(payload: Payload, ids: string[], role: 'editor' | 'reviewer'): Promise<User[]> {
  return usersWhere(payload, ids.length ? { id: { in: ids } } : { roles: { in: [role] } })
}

/**
 * Tells people, the day before, of an issue's deadlines: its editors (or every editor) of the copy
 * deadline while the issue is still being planned; its assigned reviewers (the issue's and its
 * items' in review, or every reviewer) of the review deadline while it is not yet approved. Through
 * the bell and by mail. How many reminders went out.
 */
export async function remindOfTomorrow(payload: Payload, now: Date): Promise<number> {
  const tomorrow = isoDay(new Date(now.getTime() + DAY_MS))
  const window = { greater_than: new Date(now.getTime() - DAY_MS).toISOString(), less_than: new Date(now.getTime() + 3 * DAY_MS).toISOString() }
  const { docs: issues } = await payload.find({
    collection: 'issues',
    depth: 0,
    draft: true,
    pagination: false,
    where: { or: [{ deadline: window }, { reviewDeadline: window }] },
  })
  let sent = 0
  const isTomorrow = (date: null | string | undefined) => Boolean(date) && isoDay(new Date(date as string)) === tomorrow
  for (const issue of issues as Issue[]) {
    if (isTomorrow(issue.deadline) && issue.workflowState === 'planning') {
      await tell(payload, { actor: null, collection: 'issues', doc: issue, subject: 'deadlineTomorrow' }, await people(payload, idsOf(issue.editors ?? []), 'editor'))
      sent += 1
    }
    if (isTomorrow(issue.reviewDeadline) && ['planning', 'in_review'].includes(issue.workflowState)) {
      const { docs: inReview } = await payload.find({ collection: 'items', depth: 0, draft: true, pagination: false, where: { and: [{ issue: { equals: issue.id } }, { workflowState: { equals: 'in_review' } }] } })
      const assigned = idsOf([issue.assignedReviewer, ...inReview.map((item) => item.assignedReviewer)])
      await tell(payload, { actor: null, collection: 'issues', doc: issue, subject: 'reviewDueTomorrow' }, await people(payload, assigned, 'reviewer'))
      sent += 1
    }
  }
  return sent
}

/** Every morning (REMINDERS_CRON, 08:00 by default), on the server that holds the jobs lease. */
export const deadlineRemindersTask: TaskConfig<'deadlineReminders'> = {
  slug: 'deadlineReminders',
  label: 'Remind of tomorrow’s deadlines',
  schedule: [{ cron: process.env.REMINDERS_CRON || '0 0 8 * * *', queue: REMINDERS_QUEUE }],
  outputSchema: [{ name: 'reminders', type: 'number', required: true }],
  handler: async ({ req }) => ({ output: { reminders: await remindOfTomorrow(req.payload, new Date()) } }),
}
