import type { PayloadRequest } from 'payload'

import type { Item } from '../payload-types'
import { recordAudit } from './audit'
import { workflowContext } from './context'
import type { ItemState } from './states'

type Change = { action: 'publish' | 'withdraw'; note?: null | string; status: 'draft' | 'published'; state: ItemState }

/** Puts one item on or off the public record as part of its issue's publication, and logs it. */
export async function setItemPublication(req: PayloadRequest, item: Item, { action, note, state, status }: Change): Promise<void> {
  await req.payload.update({
    collection: 'items',
    context: workflowContext(),
    data: { _status: status, workflowState: state },
    depth: 0,
    draft: false,
    id: item.id,
    overrideLock: true,
    req,
  })
  await recordAudit(req, {
    action,
    collection: 'items',
    documentID: item.id,
    documentTitle: item.title,
    from: item.workflowState,
    to: state,
    note,
  })
}
