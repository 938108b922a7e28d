import type { PayloadRequest } from 'payload'

import { hasAnyRole } from '../../access/roles'
import type { Issue, Item } from '../payload-types'
import { announcePublication, type PublicationEventType, recordPublication } from '../publication/events'
import { recordAudit } from './audit'
import { workflowContext } from './context'
import { itemsOfIssue, requireItemStates, requireSecondPair, writersAtSubmission, writersOf } from './guards'
import { inTransaction } from './inTransaction'
import { notifyTransition } from './notifications'
import { publishBackIssue } from './publishBackIssue'
import { publishIssue } from './publishIssue'
import { scheduleIssue } from './scheduleIssue'
import { type IssueState, type ItemState, stateLabels, type WorkflowCollection } from './states'
import { findTransition, type TransitionDefinition, transitionsFor } from './transitions'
import { BAD_REQUEST, CONFLICT, FORBIDDEN, RequestError } from '../lib/RequestError'
import { withdrawIssue } from './withdrawIssue'

export type TransitionRequest = {
  action: string
  collection: WorkflowCollection
  comment?: string
  id: number | string
  publishAt?: string
  quote?: string
  reason?: string
}

type WorkflowDoc = Issue | Item
type State = IssueState | ItemState

const NOT_FOUND = 404

function label(state: string, language: 'en' | 'zh'): string {
  return stateLabels[state as State]?.[language] ?? state
}

function requireAllowed(req: PayloadRequest, definition: TransitionDefinition): void {
  if (!req.user) {
    throw new RequestError(req, FORBIDDEN, { en: 'Sign in first.', zh: '请先登录。' })
  }
  if (!hasAnyRole(req.user, definition.roles)) {
    throw new RequestError(req, FORBIDDEN, {
      en: `Your role may not “${definition.label.en}”. It is for: ${definition.roles.join(', ')}.`,
      zh: `您的角色无权执行“${definition.label.zh}”，该操作仅限：${definition.roles.join('、')}。`,
    })
  }
}

function requireState(req: PayloadRequest, definition: TransitionDefinition, current: string): void {
  if (definition.from.includes(current as State)) return
  const wanted = (language: 'en' | 'zh') => definition.from.map((state) => `“${label(state, language)}”`).join(language === 'en' ? ' or ' : '或')
  throw new RequestError(req, CONFLICT, {
    en: `This is “${label(current, 'en')}”; “${definition.label.en}” needs it to be ${wanted('en')}.`,
    zh: `当前状态为“${label(current, 'zh')}”，“${definition.label.zh}”要求状态为${wanted('zh')}。`,
  })
}

function requireText(req: PayloadRequest, value: string | undefined, text: { en: string; zh: string }): string {
  if (typeof value === 'string' && value.trim()) return value.trim()
  throw new RequestError(req, BAD_REQUEST, text)
}

async function setState(req: PayloadRequest, collection: WorkflowCollection, doc: WorkflowDoc, data: Record<string, unknown>) {
  return req.payload.update({
    collection,
    context: workflowContext(),
    data,
    depth: 0,
    draft: true,
    id: doc.id,
    overrideLock: true,
    req,
  }) as Promise<WorkflowDoc>
}

async function perform(req: PayloadRequest, definition: TransitionDefinition, doc: WorkflowDoc, request: TransitionRequest): Promise<WorkflowDoc> {
  const { action, collection } = definition
  const userID = req.user?.id
  if (collection === 'issues') {
    const issue = doc as Issue
    if (action === 'submit') requireItemStates(req, await itemsOfIssue(req, issue.id), ['in_review', 'approved'])
    if (action === 'approve') requireItemStates(req, await itemsOfIssue(req, issue.id), ['approved'])
    if (action === 'publish') return publishIssue(req, issue)
    if (action === 'import_published') return publishBackIssue(req, issue)
    if (action === 'schedule') return scheduleIssue(req, issue, request.publishAt)
    if (action === 'withdraw') return withdrawIssue(req, issue, request.reason as string)
  }
  const data: Record<string, unknown> = { workflowState: definition.to }
  if (action === 'submit') {
    data.submittedBy = userID
    // Whoever has once been a writer stays one for this document, through every resubmission.
    const writers = [...new Set([...writersAtSubmission(doc), ...(await writersOf(req, doc, collection))])]
    data.writersAtSubmission = typeof doc.id === 'number' ? writers.map(Number) : writers
  }
  if (action === 'approve') data.approvedBy = userID
  if (action === 'request_changes') data.approvedBy = null
  return setState(req, collection, doc, data)
}

/** The event a transition of an issue is for the public, if any. */
function publicationType(action: string, from: string): PublicationEventType | undefined {
  if (action === 'withdraw') return 'issue.withdrawn'
  if (action === 'publish') return from === 'correction' ? 'issue.corrected' : 'issue.published'
  if (action === 'import_published') return 'issue.published'
  return undefined
}

/**
 * The one way a document changes state. Checks role (403), state (409), required comment or
 * reason (400) and the four-eyes rule (403); then changes state, appends to the audit log and
 * records the review comment in one transaction, and notifies the people concerned.
 */
export async function runTransition(
  req: PayloadRequest,
  request: TransitionRequest,
  { internal = false, notify = true }: { internal?: boolean; notify?: boolean } = {},
): Promise<WorkflowDoc> {
  const definition = findTransition(request.collection, request.action)
  if (!definition || (definition.internal && !internal)) {
    const known = transitionsFor(request.collection).map((transition) => transition.action).join(', ')
    throw new RequestError(req, BAD_REQUEST, {
      en: `Unknown action “${request.action}”. Actions: ${known}.`,
      zh: `未知操作“${request.action}”，可用操作：${known}。`,
    })
  }
  requireAllowed(req, definition)

  const result = await inTransaction(req, async () => {
    const doc = (await req.payload.findByID({
      collection: request.collection,
      depth: 0,
      disableErrors: true,
      draft: true,
      id: request.id,
      req,
    })) as WorkflowDoc | null
    if (!doc) throw new RequestError(req, NOT_FOUND, { en: 'No such document.', zh: '文档不存在。' })
    const from = doc.workflowState
    requireState(req, definition, from)
    const comment = definition.needsComment
      ? requireText(req, request.comment, {
          en: 'Say what should change: a request for changes needs a comment.',
          zh: '请说明需要修改的内容：退回修改必须填写意见。',
        })
      : request.comment?.trim() || undefined
    const reason = definition.needsReason
      ? requireText(req, request.reason, {
          en: 'Give the reason for withdrawing; it is kept with the issue.',
          zh: '请填写撤回原因，原因将随本期保存。',
        })
      : undefined
    if (definition.fourEyes) await requireSecondPair(req, doc, request.collection)

    const updated = await perform(req, definition, doc, { ...request, reason })
    await recordAudit(req, {
      action: definition.action,
      collection: request.collection,
      documentID: doc.id,
      documentTitle: doc.title,
      from,
      to: updated.workflowState,
      note: reason ?? comment ?? (request.publishAt ? `publishAt ${(updated as Issue).scheduledPublishAt}` : null),
    })
    if (comment) {
      await req.payload.create({
        collection: 'review-comments',
        data: {
          author: req.user!.id as number,
          quote: request.quote?.trim() || null,
          target: { relationTo: request.collection, value: doc.id as number },
          text: comment,
        },
        req,
      })
    }
    const type = request.collection === 'issues' ? publicationType(definition.action, from) : undefined
    const publication = type ? await recordPublication(req, type, updated as Issue) : undefined
    return { doc: updated, from, publication }
  })

  if (result.publication) await announcePublication(req.payload, result.publication)
  if (notify) {
    await notifyTransition(req.payload, { action: definition.action, actor: req.user, collection: request.collection, doc: result.doc })
  }
  return result.doc
}
