import type { TaskConfig } from 'payload'

import type { Issue } from '../payload-types'
import { PUBLISH_TASK } from './effects/scheduleIssue'
import { runTransition } from './runTransition'

/**
 * Publishes an issue at its scheduled time: the system takes the issue's `publish` transition. The
 * server runs the `publishing` queue (see `jobs.autoRun` in the Payload config). A job whose
 * schedule was changed, or whose issue is no longer approved, publishes nothing.
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
    await runTransition(req, { action: 'publish', collection: 'issues', id: issue.id }, { cause: 'schedule', doc: issue, note: `scheduled for ${input.publishAt}` })
    return { output: { published: true } }
  },
}
