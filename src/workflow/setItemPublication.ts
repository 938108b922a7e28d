import { type PayloadRequest, ValidationError } from 'payload'

import { CONFLICT, RequestError } from '../lib/RequestError'

import type { Item } from '../payload-types'
import { recordAudit } from './audit'
import { workflowContext } from './context'
import type { ItemState } from './states'

type Change = { action: 'publish' | 'withdraw'; note?: null | string; status: 'draft' | 'published'; state: ItemState }

/** Puts one item on or off the public record as part of its issue's publication, and logs it. */
export async function setItemPublication(req: PayloadRequest, item: Item, { action, note, state, status }: Change): Promise<void> {
  try {
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
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    // The publication names the item that stops it, not just a field.
    const problems = error.data.errors.map(({ message, path }) => `${path}: ${message}`).join('; ')
    throw new RequestError(req, CONFLICT, {
      en: `Item #${item.id} “${item.title}” cannot be published until it is corrected: ${problems}`,
      zh: `稿件 #${item.id}“${item.title}”须先改正才能发布：${problems}`,
    })
  }
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
