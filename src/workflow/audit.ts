import type { PayloadRequest } from 'payload'

import { relationID } from '../lib/relationID'
import type { AuditAction } from './auditActions'
import type { WorkflowCollection } from './states'

export type AuditEntry = {
  collection: 'authors' | WorkflowCollection
  documentID: number | string
  documentTitle?: null | string
  action: AuditAction
  from?: null | string
  to?: null | string
  note?: null | string
}

/**
 * Appends to the audit log inside the caller's transaction. Written by the database adapter, past
 * Payload's create (its hooks, validation and read-back cost a publication of 40 items a quarter
 * of its time): the collection itself refuses every create and edit through Payload, so this is
 * the only way in, and entries are never changed afterwards.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const now = new Date().toISOString()
  await req.payload.db.create({
    collection: 'audit-log',
    data: {
      action: entry.action,
      actor: req.user?.collection === 'users' ? (relationID(req.user.id) as number) : null,
      documentCollection: entry.collection,
      documentID: String(entry.documentID),
      documentTitle: entry.documentTitle ?? null,
      fromState: entry.from ?? null,
      note: entry.note ?? null,
      toState: entry.to ?? null,
      createdAt: now,
      updatedAt: now,
    },
    req,
    returning: false,
  })
}
