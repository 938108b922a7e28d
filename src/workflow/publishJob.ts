import type { TaskConfig } from 'payload'

import type { Issue } from '../payload-types'
import { announcePublication, recordPublication } from '../publication/events'
import { recordAudit } from './audit'
import { inTransaction } from './inTransaction'
import { notifyTransition } from './notifications'
import { publishIssue } from './publishIssue'
import { PUBLISH_TASK } from './scheduleIssue'

/**
 * Publishes an issue at its scheduled time. The server runs the `publishing` queue (see
 * `jobs.autoRun` in the Payload config). A job whose schedule was changed, or whose issue is no
 * longer approved, publishes nothing.
 */
export const publishScheduledIssueTask: TaskConfig<'publishScheduledIssue'> = {
  slug: PUBLISH_TASK,
  label: 'Publish a scheduled issue',
  retries: 3,
  inputSchema: [
    { name: 'issue', type: 'text', required: true },
    { name: 'publishAt', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'published', type: 'checkbox', required: true }],
  handler: async ({ input, req }) => {
    const issue = (await req.payload.findByID({
      collection: 'issues',
      depth: 0,
      disableErrors: true,
      draft: true,
      id: input.issue,
      req,
    })) as Issue | null
    if (!issue || issue.workflowState !== 'approved' || issue.scheduledPublishAt !== input.publishAt) {
      return { output: { published: false } }
    }
    const { published, publication } = await inTransaction(req, async () => {
      const result = await publishIssue(req, issue)
      await recordAudit(req, {
        action: 'publish',
        collection: 'issues',
        documentID: issue.id,
        documentTitle: issue.title,
        from: 'approved',
        to: 'published',
        note: `scheduled for ${input.publishAt}`,
      })
      return { published: result, publication: await recordPublication(req, 'issue.published', result) }
    })
    await announcePublication(req.payload, publication)
    await notifyTransition(req.payload, { action: 'publish', actor: null, collection: 'issues', doc: published })
    return { output: { published: true } }
  },
}
