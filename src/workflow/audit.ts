import type { PayloadRequest } from 'payload'

import { relationID } from '../lib/relationID'
import type { WorkflowCollection } from './states'

export type AuditEntry = {
  collection: 'authors' | WorkflowCollection
  documentID: number | string
  documentTitle?: null | string
  action: string
  from?: null | string
  to?: null | string
  note?: null | string
}

const AUDIT_CONTEXT = { auditEntry: true }

/** Appends to the audit log inside the caller's transaction; entries are never changed afterwards. */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  await req.payload.create({
    collection: 'audit-log',
    context: AUDIT_CONTEXT,
    data: {
      action: entry.action,
      actor: req.user?.collection === 'users' ? (relationID(req.user.id) as number) : null,
      documentCollection: entry.collection,
      documentID: String(entry.documentID),
      documentTitle: entry.documentTitle ?? null,
      fromState: entry.from ?? null,
      note: entry.note ?? null,
      toState: entry.to ?? null,
    },
    req,
  })
}

export function isAuditWrite(context: Record<string, unknown> | undefined): boolean {
  return context?.auditEntry === true
}
