import type { PayloadRequest } from 'payload'

import type { Issue } from '../payload-types'
import { workflowContext } from './context'
import { BAD_REQUEST, RequestError } from '../lib/RequestError'

export const PUBLISHING_QUEUE = 'publishing'
export const PUBLISH_TASK = 'publishScheduledIssue'

/** An approved issue gets a publication time; the jobs queue publishes it then (see publishJob.ts). */
export async function scheduleIssue(req: PayloadRequest, issue: Issue, publishAt: unknown): Promise<Issue> {
  const when = typeof publishAt === 'string' ? new Date(publishAt) : undefined
  if (!when || Number.isNaN(when.getTime()) || when.getTime() <= Date.now()) {
    throw new RequestError(req, BAD_REQUEST, {
      en: 'Give a publication time in the future, e.g. 2026-12-01T08:00:00+08:00.',
      zh: '请提供一个将来的发布时间，例如 2026-12-01T08:00:00+08:00。',
    })
  }
  const scheduledPublishAt = when.toISOString()
  const updated = await req.payload.update({
    collection: 'issues',
    context: workflowContext(),
    data: { scheduledPublishAt },
    depth: 0,
    draft: true,
    id: issue.id,
    overrideLock: true,
    req,
  })
  await req.payload.jobs.queue({
    input: { issue: String(issue.id), publishAt: scheduledPublishAt },
    queue: PUBLISHING_QUEUE,
    req,
    task: PUBLISH_TASK,
    waitUntil: when,
  })
  return updated
}
