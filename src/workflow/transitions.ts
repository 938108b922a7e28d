import type { PayloadRequest } from 'payload'

import type { Role } from '../../access/roles'
import type { Issue, Item } from '../payload-types'
import type { PublicationEventType } from '../publication/events'
import { publishBackIssue } from './effects/publishBackIssue'
import { publishItem, withdrawItem } from './effects/itemPublication'
import { publishIssue } from './effects/publishIssue'
import { scheduleIssue } from './effects/scheduleIssue'
import { withdrawIssue } from './effects/withdrawIssue'
import { itemsOfIssue, requireOwnChangesReviewed, requirePublicationDate, requireItemStates, writersAtSubmission, writersOf } from './guards'
import type { MailSubject, Recipients } from './notifications'
import type { Action, ItemState, WorkflowCollection, WorkflowState } from './states'

export type WorkflowDoc = Issue | Item

/** What a transition's guard and effect work on; `comment` and `reason` are checked before. */
export type TransitionContext = {
  req: PayloadRequest
  doc: WorkflowDoc
  from: WorkflowState
  definition: TransitionDefinition
  comment?: string
  publishAt?: string
  reason?: string
}

export type TransitionDefinition = {
  action: Action
  collection: WorkflowCollection
  /** States the document must be in. */
  from: readonly WorkflowState[]
  /** The state it ends in; absent when the state stays (scheduling). */
  to?: WorkflowState
  /**
   * Who may ask for it. Absent when only the system takes it, as what follows from something
   * already allowed (an edit, the issue's publication or withdrawal, the archive import).
   */
  roles?: readonly Role[]
  /** A reviewer's request for changes must say what to change. */
  needsComment?: boolean
  /** Withdrawing a published issue must say why. */
  needsReason?: boolean
  /** Nobody approves what they created or last edited. */
  fourEyes?: boolean
  /** Refuses (throws a RequestError) when the document is not ready for it. */
  guard?: (context: TransitionContext) => Promise<void>
  /** Fields written with the new state by the default effect. */
  fields?: (context: TransitionContext) => Promise<Record<string, unknown>> | Record<string, unknown>
  /** What the transition writes, when more than its state and `fields`; inside the transition's database transaction. */
  effect?: (context: TransitionContext) => Promise<WorkflowDoc>
  /** What the transition is for the public, if anything: recorded with it, announced after it commits. */
  event?: (from: WorkflowState) => PublicationEventType
  /** What the audit log keeps about it when there is no comment, reason or note from the caller. */
  auditNote?: (updated: WorkflowDoc) => string
  /** Who is mailed, and about what. */
  notify?: { recipients: Recipients; subject: MailSubject }
}

const EDITORS: readonly Role[] = ['editor', 'admin']
const REVIEWERS: readonly Role[] = ['reviewer', 'admin']

const requireItems = (allowed: readonly ItemState[]) => async ({ doc, req }: TransitionContext) =>
  requireItemStates(req, await itemsOfIssue(req, doc.id), allowed)

/** Whoever has once been a writer stays one for this document, through every resubmission. */
async function submission({ definition, doc, req }: TransitionContext) {
  const writers = [...new Set([...writersAtSubmission(doc), ...(await writersOf(req, doc, definition.collection))])]
  return { submittedBy: req.user?.id, writersAtSubmission: typeof doc.id === 'number' ? writers.map(Number) : writers }
}

const approval = ({ req }: TransitionContext) => ({ approvedBy: req.user?.id })
const approvalWithdrawn = () => ({ approvedBy: null })
/** A content edit reopens approved work: approval was for the old text (and an issue's schedule with it). */
const reopening = ({ definition }: TransitionContext) =>
  definition.collection === 'issues' ? { approvedBy: null, scheduledPublishAt: null } : { approvedBy: null }

/**
 * The office's process, in one table: every state change of an item or an issue is one of these,
 * taken through `runTransition` (src/workflow/runTransition.ts), whether a person asks for it or
 * the system takes it. Nothing else changes `workflowState`.
 */
export const transitions: readonly TransitionDefinition[] = [
  // Items
  {
    action: 'submit',
    collection: 'items',
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    roles: EDITORS,
    fields: submission,
    notify: { recipients: 'reviewers', subject: 'awaitingReview' },
  },
  {
    action: 'request_changes',
    collection: 'items',
    from: ['in_review'],
    to: 'changes_requested',
    roles: REVIEWERS,
    needsComment: true,
    fields: approvalWithdrawn,
    notify: { recipients: 'submitter', subject: 'changesRequested' },
  },
  {
    action: 'approve',
    collection: 'items',
    from: ['in_review'],
    to: 'approved',
    roles: REVIEWERS,
    fourEyes: true,
    fields: approval,
    notify: { recipients: 'submitter', subject: 'approved' },
  },
  // An edit of approved or published text: the system takes it after the edit is saved.
  { action: 'edit', collection: 'items', from: ['approved', 'published'], to: 'draft', fields: reopening },
  // Taken for each approved item when its issue is published, and back when the issue is withdrawn.
  { action: 'publish', collection: 'items', from: ['approved'], to: 'published', effect: publishItem },
  { action: 'withdraw', collection: 'items', from: ['published'], to: 'approved', effect: withdrawItem },
  // A back issue's items: the printed issue was their review.
  { action: 'import_published', collection: 'items', from: ['draft'], to: 'approved', fields: approval },

  // Issues
  {
    action: 'submit',
    collection: 'issues',
    from: ['planning'],
    to: 'in_review',
    roles: EDITORS,
    guard: requireItems(['in_review', 'approved']),
    fields: submission,
    notify: { recipients: 'reviewers', subject: 'awaitingReview' },
  },
  {
    action: 'submit',
    collection: 'issues',
    from: ['correction'],
    to: 'correction_review',
    roles: EDITORS,
    guard: requireItems(['in_review', 'approved', 'published']),
    fields: submission,
    notify: { recipients: 'reviewers', subject: 'awaitingReview' },
  },
  {
    action: 'request_changes',
    collection: 'issues',
    from: ['in_review'],
    to: 'planning',
    roles: REVIEWERS,
    needsComment: true,
    fields: approvalWithdrawn,
    notify: { recipients: 'submitter', subject: 'changesRequested' },
  },
  {
    action: 'approve',
    collection: 'issues',
    from: ['in_review'],
    to: 'approved',
    roles: REVIEWERS,
    fourEyes: true,
    guard: requireItems(['approved']),
    fields: approval,
    notify: { recipients: 'editors', subject: 'approved' },
  },
  {
    action: 'request_changes',
    collection: 'issues',
    from: ['correction_review'],
    to: 'correction',
    roles: REVIEWERS,
    needsComment: true,
    fields: approvalWithdrawn,
    notify: { recipients: 'submitter', subject: 'changesRequested' },
  },
  {
    action: 'approve',
    collection: 'issues',
    from: ['correction_review'],
    to: 'correction_approved',
    roles: REVIEWERS,
    fourEyes: true,
    guard: requireItems(['approved', 'published']),
    fields: approval,
    notify: { recipients: 'editors', subject: 'approved' },
  },
  {
    // Also taken by the system at the time an editor scheduled (publishJob.ts). A correction that
    // changes the issue's own text is published once approved; one of items alone, straight away.
    action: 'publish',
    collection: 'issues',
    from: ['approved', 'correction', 'correction_approved'],
    to: 'published',
    roles: EDITORS,
    guard: async (context) => {
      await requireItems(['approved', 'published'])(context)
      if (context.from === 'correction') await requireOwnChangesReviewed(context.req, context.doc as Issue)
    },
    effect: ({ doc, req }) => publishIssue(req, doc as Issue),
    event: (from) => (from === 'approved' ? 'issue.published' : 'issue.corrected'),
    notify: { recipients: 'editors', subject: 'published' },
  },
  {
    action: 'schedule',
    collection: 'issues',
    from: ['approved'],
    roles: EDITORS,
    effect: ({ doc, publishAt, req }) => scheduleIssue(req, doc as Issue, publishAt),
    auditNote: (updated) => `publishAt ${(updated as Issue).scheduledPublishAt}`,
  },
  {
    // Also taken by the system when an item of the published issue is added or revised.
    action: 'start_correction',
    collection: 'issues',
    from: ['published'],
    to: 'correction',
    roles: EDITORS,
  },
  {
    action: 'withdraw',
    collection: 'issues',
    from: ['published', 'correction', 'correction_review', 'correction_approved'],
    to: 'withdrawn',
    roles: ['admin'],
    needsReason: true,
    effect: ({ doc, reason, req }) => withdrawIssue(req, doc as Issue, reason as string),
    event: () => 'issue.withdrawn',
  },
  // An edit of an approved issue (its text or its order) needs a fresh approval; of a published one
  // or of an approved correction, a correction.
  { action: 'edit', collection: 'issues', from: ['approved'], to: 'planning', fields: reopening },
  { action: 'edit', collection: 'issues', from: ['published', 'correction_approved'], to: 'correction', fields: reopening },
  // A back issue from the archive comes in as it was printed: the import stands for its review.
  {
    action: 'import_published',
    collection: 'issues',
    from: ['planning'],
    to: 'published',
    guard: async (context) => {
      requirePublicationDate(context.req, context.doc as Issue)
      await requireItems(['draft'])(context)
    },
    effect: ({ doc, req }) => publishBackIssue(req, doc as Issue),
    event: () => 'issue.published',
  },
]

/** The definition of `action` on a document of `collection` in state `state` (or in any state). */
export function findTransition(collection: WorkflowCollection, action: string, state?: WorkflowState): TransitionDefinition | undefined {
  return transitions.find(
    (transition) => transition.collection === collection && transition.action === action && (!state || transition.from.includes(state)),
  )
}

/** The transitions a person may ask for on a document of the collection. */
export function transitionsFor(collection: WorkflowCollection): TransitionDefinition[] {
  return transitions.filter((transition) => transition.collection === collection && transition.roles)
}
