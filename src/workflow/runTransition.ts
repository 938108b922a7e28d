import type { PayloadRequest } from 'payload'

import { hasAnyRole } from '../../access/roles'
import { type Translated, translated } from '../i18n'
import { inTransaction } from '../lib/inTransaction'
import { BAD_REQUEST, CONFLICT, FORBIDDEN, NOT_FOUND, RequestError } from '../lib/RequestError'
import type { Issue } from '../payload-types'
import { announcePublication, recordPublication } from '../publication/events'
import { recordAudit } from './audit'
import { writeState } from './effects/writeState'
import { asTransition } from './transitionEvent'
import { requireSecondPair } from './guards'
import { notifyTransition } from './notifications'
import type { WorkflowCollection, WorkflowState } from './states'
import { findTransition, type TransitionContext, type TransitionDefinition, transitionsFor, type WorkflowDoc } from './transitions'

export type TransitionRequest = {
  action: string
  collection: WorkflowCollection
  comment?: string
  id: number | string
  publishAt?: string
  quote?: string
  reason?: string
}

/**
 * Why the system takes a transition no person asked for. The rules a person's request is held to
 * (role, four-eyes) were met by what caused it: the edit passed the collection's access, the issue's
 * publication was a transition of its own, the import is an administrator's.
 */
export type SystemCause = 'archive import' | 'edit' | 'issue publication' | 'issue withdrawal' | 'schedule'

export type TransitionOptions = {
  /** Set when the system takes the transition; without it the request is a person's (`req.user`). */
  cause?: SystemCause
  /** The document as the caller already has it (a published copy, say); read afresh otherwise. */
  doc?: WorkflowDoc
  /** Kept in the audit log when the transition has no comment or reason of its own. */
  note?: string
  notify?: boolean
}

/** The label people know a transition by. */
export function actionLabel(definition: TransitionDefinition): Translated {
  return translated((m) => (m.workflow.actions[definition.collection] as Record<string, string>)[definition.action] ?? definition.action)
}

function requireKnown(req: PayloadRequest, request: TransitionRequest, options: TransitionOptions): TransitionDefinition {
  const definition = findTransition(request.collection, request.action)
  if (definition && (options.cause || definition.roles)) return definition
  const known = transitionsFor(request.collection).map((transition) => transition.action)
  throw new RequestError(req, BAD_REQUEST, translated((m) => m.workflow.unknownAction({ action: request.action, known: [...new Set(known)] })))
}

function requireAllowed(req: PayloadRequest, definition: TransitionDefinition): void {
  if (!req.user) throw new RequestError(req, FORBIDDEN, translated((m) => m.workflow.signInFirst))
  const roles = definition.roles ?? []
  if (!hasAnyRole(req.user, roles)) {
    const action = actionLabel(definition)
    throw new RequestError(req, FORBIDDEN, translated((m, language) => m.workflow.roleMayNot({ action: action[language], roles: [...roles] })))
  }
}

/** The definition for the document's current state (an edit reopens differently from each), or a 409 naming the states it needs. */
function definitionFor(req: PayloadRequest, definition: TransitionDefinition, current: WorkflowState): TransitionDefinition {
  const matching = findTransition(definition.collection, definition.action, current)
  if (matching) return matching
  const action = actionLabel(definition)
  throw new RequestError(
    req,
    CONFLICT,
    translated((m, language) =>
      m.workflow.wrongState({
        action: action[language],
        current: m.workflow.states[current] ?? current,
        wanted: definition.from.map((state) => m.workflow.states[state]),
      }),
    ),
  )
}

function requireText(req: PayloadRequest, value: string | undefined, text: Translated): string {
  if (typeof value === 'string' && value.trim()) return value.trim()
  throw new RequestError(req, BAD_REQUEST, text)
}

async function findDocument(req: PayloadRequest, request: TransitionRequest): Promise<WorkflowDoc> {
  const doc = (await req.payload.findByID({
    collection: request.collection,
    depth: 0,
    disableErrors: true,
    draft: true,
    id: request.id,
    req,
  })) as WorkflowDoc | null
  if (!doc) throw new RequestError(req, NOT_FOUND, translated((m) => m.workflow.noSuchDocument))
  return doc
}

async function defaultEffect(context: TransitionContext): Promise<WorkflowDoc> {
  const { definition, doc, req } = context
  const fields = definition.fields ? await definition.fields(context) : {}
  return writeState(req, definition.collection, doc.id, { ...fields, workflowState: definition.to })
}

/**
 * The one way a document changes state, whether a person asks (the workflow endpoint, the demo
 * seed) or the system acts (`options.cause`). For a person's request it checks sign-in and role
 * (403); for every transition the state (409), the required comment or reason (400), the four-eyes
 * rule (403) and the definition's guard. Then, in one transaction, it takes the definition's
 * effect, appends to the audit log, keeps the review comment and records the publication event;
 * after the commit it announces the event and mails the people concerned.
 */
export async function runTransition(req: PayloadRequest, request: TransitionRequest, options: TransitionOptions = {}): Promise<WorkflowDoc> {
  const requested = requireKnown(req, request, options)
  if (!options.cause) requireAllowed(req, requested)

  const result = await inTransaction(req, async () => {
    const doc = options.doc ?? (await findDocument(req, request))
    const from = doc.workflowState as WorkflowState
    const definition = definitionFor(req, requested, from)
    const comment = definition.needsComment
      ? requireText(req, request.comment, translated((m) => m.workflow.commentNeeded))
      : request.comment?.trim() || undefined
    const reason = definition.needsReason ? requireText(req, request.reason, translated((m) => m.workflow.reasonNeeded)) : undefined
    if (definition.fourEyes) await requireSecondPair(req, doc, definition.collection)
    const context: TransitionContext = { comment, definition, doc, from, publishAt: request.publishAt, reason, req }
    await definition.guard?.(context)

    const updated = await asTransition(req, definition, () => (definition.effect ?? defaultEffect)(context))
    await recordAudit(req, {
      action: definition.action,
      collection: definition.collection,
      documentID: doc.id,
      documentTitle: doc.title,
      from,
      to: updated.workflowState,
      note: reason ?? comment ?? options.note ?? definition.auditNote?.(updated) ?? null,
    })
    if (comment) {
      await req.payload.create({
        collection: 'review-comments',
        data: {
          author: req.user!.id as number,
          quote: request.quote?.trim() || null,
          target: { relationTo: definition.collection, value: doc.id as number },
          text: comment,
        },
        req,
      })
    }
    const publication = definition.event ? await recordPublication(req, definition.event(from), updated as Issue) : undefined
    return { definition, doc: updated, publication }
  })

  if (result.publication) await announcePublication(req.payload, result.publication)
  if (result.definition.notify && options.notify !== false) {
    await notifyTransition(req.payload, { actor: req.user, definition: result.definition, doc: result.doc })
  }
  return result.doc
}
