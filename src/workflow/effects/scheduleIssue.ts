import type { PayloadRequest } from 'payload'

import { translated } from '../../i18n'
import { BAD_REQUEST, RequestError } from '../../lib/RequestError'
import type { Issue } from '../../payload-types'
import { writeState } from './writeState'

export const PUBLISHING_QUEUE = 'publishing'
export const PUBLISH_TASK = 'publishScheduledIssue'
/** Further ahead is a typing error; past the year 9999 a time no longer sorts as the queue compares it, and would be due at once. */
const LATEST_SCHEDULE_MS = 5 * 366 * 24 * 60 * 60 * 1000

/** An approved issue gets a publication time; the jobs queue publishes it then (see publishJob.ts). */
export async function scheduleIssue(req: PayloadRequest, issue: Issue, publishAt: unknown): Promise<Issue> {
  const when = typeof publishAt === 'string' ? new Date(publishAt) : undefined
  if (!when || Number.isNaN(when.getTime()) || when.getTime() <= Date.now() || when.getTime() > Date.now() + LATEST_SCHEDULE_MS) {
    throw new RequestError(req, BAD_REQUEST, translated((m) => m.workflow.publishAtInFuture))
  }
  const scheduledPublishAt = when.toISOString()
  const updated = (await writeState(req, 'issues', issue.id, { scheduledPublishAt })) as Issue
  await req.payload.jobs.queue({
    input: { issue: String(issue.id), publishAt: scheduledPublishAt },
    queue: PUBLISHING_QUEUE,
    req,
    task: PUBLISH_TASK,
    waitUntil: when,
  })
  return updated
}
