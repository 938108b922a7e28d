import type { RequestContext } from 'payload'

const SYSTEM_WRITE = 'systemWrite'

/**
 * Why server code writes past the rules that guard people's edits (workflow fields kept, an edit
 * reopening approved work, nothing published directly):
 * - `transition`: a workflow transition changes a document's state (runTransition's effects);
 * - `issue order`: the issue builder renumbers items, which rearranges them without editing them;
 * - `contributor merge`: merging two contributors moves credits, published ones included, without
 *   reopening the items (audited as a merge).
 */
export type SystemWriteReason = 'contributor merge' | 'issue order' | 'transition'

/**
 * The request context of such a write. It lives in the request context, which only server code
 * can set: no HTTP or GraphQL request can.
 */
export function systemWrite(reason: SystemWriteReason): RequestContext {
  return { [SYSTEM_WRITE]: reason }
}

export function isSystemWrite(context: RequestContext | undefined): boolean {
  return typeof context?.[SYSTEM_WRITE] === 'string'
}
