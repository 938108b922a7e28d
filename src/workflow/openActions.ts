import type { PayloadRequest } from 'payload'

import { hasAnyRole } from '../../access/roles'
import { RequestError } from '../lib/RequestError'
import { requireSecondPair } from './guards'
import type { WorkflowCollection, WorkflowState } from './states'
import { type TransitionDefinition, transitionsFor, type WorkflowDoc } from './transitions'

export type RefusedAction = { definition: TransitionDefinition; reason: string }

/**
 * What the signed-in user can do with the document now: the actions of its state their role may
 * ask for, split into those that will succeed and those the four-eyes rule or the document's
 * readiness (its guard) would refuse, with the refusal's words. Nothing is written.
 */
export async function openActions(
  req: PayloadRequest,
  collection: WorkflowCollection,
  doc: WorkflowDoc,
): Promise<{ open: TransitionDefinition[]; refused: RefusedAction[] }> {
  const from = doc.workflowState as WorkflowState
  const candidates = transitionsFor(collection).filter(
    (definition) => definition.from.includes(from) && hasAnyRole(req.user, definition.roles ?? []),
  )
  const open: TransitionDefinition[] = []
  const refused: RefusedAction[] = []
  for (const definition of candidates) {
    try {
      if (definition.fourEyes) await requireSecondPair(req, doc, collection)
      await definition.guard?.({ definition, doc, from, req })
      open.push(definition)
    } catch (error) {
      if (!(error instanceof RequestError)) throw error
      refused.push({ definition, reason: error.message })
    }
  }
  return { open, refused }
}
