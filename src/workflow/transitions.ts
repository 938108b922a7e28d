import type { Role } from '../../access/roles'
import type { Bilingual } from '../lib/messages'
import type { IssueState, ItemState, WorkflowCollection } from './states'

export type TransitionDefinition = {
  action: string
  collection: WorkflowCollection
  /** States the document must be in. */
  from: readonly (IssueState | ItemState)[]
  /** `undefined` when the action's own handler decides (publishing, scheduling). */
  to?: IssueState | ItemState
  roles: readonly Role[]
  label: Bilingual
  /** A reviewer's request for changes must say what to change. */
  needsComment?: boolean
  /** Withdrawing a published issue must say why. */
  needsReason?: boolean
  /** Nobody approves what they created or last edited. */
  fourEyes?: boolean
  /** Taken by server code for its own documents (the archive import), never offered to or accepted from a person. */
  internal?: boolean
}

const EDITORS: readonly Role[] = ['editor', 'admin']
const REVIEWERS: readonly Role[] = ['reviewer', 'admin']

/**
 * The office's process, in one table: every state change of an item or an issue is one of
 * these, taken through `runTransition`. Nothing else changes `workflowState`.
 */
export const transitions: readonly TransitionDefinition[] = [
  {
    action: 'submit',
    collection: 'items',
    from: ['draft', 'changes_requested'],
    to: 'in_review',
    roles: EDITORS,
    label: { en: 'Submit for review', zh: '提交审核' },
  },
  {
    action: 'request_changes',
    collection: 'items',
    from: ['in_review'],
    to: 'changes_requested',
    roles: REVIEWERS,
    needsComment: true,
    label: { en: 'Request changes', zh: '退回修改' },
  },
  {
    action: 'approve',
    collection: 'items',
    from: ['in_review'],
    to: 'approved',
    roles: REVIEWERS,
    fourEyes: true,
    label: { en: 'Approve', zh: '审核通过' },
  },
  {
    action: 'submit',
    collection: 'issues',
    from: ['planning'],
    to: 'in_review',
    roles: EDITORS,
    label: { en: 'Submit issue for review', zh: '提交本期审核' },
  },
  {
    action: 'request_changes',
    collection: 'issues',
    from: ['in_review'],
    to: 'planning',
    roles: REVIEWERS,
    needsComment: true,
    label: { en: 'Request changes', zh: '退回修改' },
  },
  {
    action: 'approve',
    collection: 'issues',
    from: ['in_review'],
    to: 'approved',
    roles: REVIEWERS,
    fourEyes: true,
    label: { en: 'Approve issue', zh: '本期审核通过' },
  },
  {
    action: 'publish',
    collection: 'issues',
    from: ['approved', 'correction'],
    to: 'published',
    roles: EDITORS,
    label: { en: 'Publish', zh: '发布' },
  },
  {
    // A back issue from the archive comes in as it was printed: the import stands for its review.
    action: 'import_published',
    collection: 'issues',
    from: ['planning'],
    to: 'published',
    roles: ['admin'],
    internal: true,
    label: { en: 'Import a back issue as published', zh: '作为已发布的往期导入' },
  },
  {
    action: 'schedule',
    collection: 'issues',
    from: ['approved'],
    roles: EDITORS,
    label: { en: 'Schedule publication', zh: '定时发布' },
  },
  {
    action: 'start_correction',
    collection: 'issues',
    from: ['published'],
    to: 'correction',
    roles: EDITORS,
    label: { en: 'Start a correction', zh: '开始勘误' },
  },
  {
    action: 'withdraw',
    collection: 'issues',
    from: ['published', 'correction'],
    to: 'withdrawn',
    roles: ['admin'],
    needsReason: true,
    label: { en: 'Withdraw', zh: '撤回' },
  },
]

export function findTransition(collection: WorkflowCollection, action: string): TransitionDefinition | undefined {
  return transitions.find((transition) => transition.collection === collection && transition.action === action)
}

/** The transitions a person may ask for on a document of the collection. */
export function transitionsFor(collection: WorkflowCollection): TransitionDefinition[] {
  return transitions.filter((transition) => transition.collection === collection && !transition.internal)
}
