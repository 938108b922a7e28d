import type { PayloadRequest } from 'payload'

import { systemWrite } from '../../lib/systemContext'
import type { WorkflowCollection } from '../states'
import type { WorkflowDoc } from '../transitions'

/**
 * A transition's write to its document, past the rules that keep people's edits away from the
 * workflow fields. `draft: false` writes the published copy (publishing and withdrawing).
 */
export async function writeState(
  req: PayloadRequest,
  collection: WorkflowCollection,
  id: number | string,
  data: Record<string, unknown>,
  { draft = true }: { draft?: boolean } = {},
): Promise<WorkflowDoc> {
  return req.payload.update({
    collection,
    context: systemWrite('transition'),
    data,
    depth: 0,
    draft,
    id,
    overrideLock: true,
    req,
  }) as Promise<WorkflowDoc>
}
