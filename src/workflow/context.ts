import type { RequestContext } from 'payload'

const WORKFLOW_WRITE = 'workflowWrite'

/**
 * Writes made by the workflow itself (state changes, publishing) carry this flag so that the
 * hooks guarding content edits let them through. It lives in the request context, which only
 * server code can set: no HTTP or GraphQL request can.
 */
export function workflowContext(): RequestContext {
  return { [WORKFLOW_WRITE]: true }
}

export function isWorkflowWrite(context: RequestContext | undefined): boolean {
  return context?.[WORKFLOW_WRITE] === true
}
