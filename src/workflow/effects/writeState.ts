import type { PayloadRequest } from 'payload'

import { systemWrite } from '../../lib/systemContext'
import type { WorkflowCollection } from '../states'
import { eventStamp } from '../transitionEvent'
import type { WorkflowDoc } from '../transitions'

/**
 * A transition's write to its document, past the rules that keep people's edits away from the
 * workflow fields, stamped with the transition (the version it leaves names the event).
 * `draft: false` writes the published copy (publishing and withdrawing).
 */
export async function writeState(
  req: PayloadRequest,
  collection: WorkflowCollection,
  id: number | string,
  data: Record<string, unknown>,
  { draft = true, returnOnly }: { draft?: boolean; returnOnly?: Record<string, true> } = {},
): Promise<WorkflowDoc> {
  return req.payload.update({
    collection,
    context: systemWrite('transition'),
    data: { ...data, ...eventStamp(req) },
    depth: 0,
    draft,
    id,
    overrideLock: true,
    req,
    // Reading the whole document back (its body through the editor's hooks) costs an issue's
    // publication a good part of its time when nothing reads more than the new state.
    ...(returnOnly ? { select: returnOnly } : {}),
  }) as Promise<WorkflowDoc>
}
