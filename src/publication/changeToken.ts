import { randomUUID } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

const MARKED_IN = 'publicRecordMarkedInTransaction'

/**
 * Marks, in the transaction that makes it, a change of what the public sees (a publication, a
 * correction, a withdrawal, an edit of shared content), so that every server on the database
 * learns of it (src/delivery/publicRecordWatch.ts). A fresh random token, not a counter: two
 * changes committed at once still leave a token that differs from what either reader last saw.
 */
export async function markPublicRecordChanged(req: PayloadRequest): Promise<void> {
  // Once per transaction is enough (a publication changes a hundred shared documents' flags):
  // the token only has to differ after the commit. Without a transaction, every write marks.
  const transaction = req.transactionID ? String(await req.transactionID) : undefined
  if (transaction && req.context[MARKED_IN] === transaction) return
  if (transaction) req.context[MARKED_IN] = transaction
  await req.payload.updateGlobal({
    slug: 'publication-state',
    data: { changeToken: randomUUID(), changedAt: new Date().toISOString() },
    depth: 0,
    req,
  })
}

/** The token of the last committed change ('' before the first). */
export async function publicRecordToken(payload: Payload): Promise<string> {
  const state = await payload.findGlobal({ slug: 'publication-state', depth: 0 })
  return state.changeToken ?? ''
}
