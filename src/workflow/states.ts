import { type Translated, translated } from '../i18n'

/** Where an item stands in the office's process. Items reach the public only with their issue. */
export const itemStates = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const
export type ItemState = (typeof itemStates)[number]

/**
 * Where an issue stands. Once published it stays on the record: `correction` while it or its items
 * are revised, the correction reviewed as the issue was (`correction_review`, `correction_approved`)
 * when the issue's own text changed, `withdrawn` when taken down.
 */
export const issueStates = ['planning', 'in_review', 'approved', 'published', 'correction', 'correction_review', 'correction_approved', 'withdrawn'] as const
export type IssueState = (typeof issueStates)[number]

/** The states of an issue that has been published: the public record keeps it (it is withdrawn, never deleted). */
export const issueStatesOnTheRecord: readonly IssueState[] = ['published', 'correction', 'correction_review', 'correction_approved', 'withdrawn']

export type WorkflowState = IssueState | ItemState

/** What the workflow's transitions (transitions.ts) do, to items and issues alike or to issues alone. */
export const workflowActions = ['submit', 'request_changes', 'approve', 'schedule', 'publish', 'start_correction', 'edit', 'withdraw', 'import_published'] as const
export type Action = (typeof workflowActions)[number]
export type WorkflowCollection = 'issues' | 'items'

/** The state a new document starts in. */
export const initialState: Record<WorkflowCollection, WorkflowState> = { items: 'draft', issues: 'planning' }

/** Once an issue is public its order is part of the record; a correction changes text, not order. */
export const orderableIssueStates: readonly IssueState[] = ['planning', 'in_review', 'approved']

export const stateLabels = Object.fromEntries(
  [...itemStates, ...issueStates].map((state) => [state, translated((m) => m.workflow.states[state])]),
) as Record<WorkflowState, Translated>

export function stateOptions(states: readonly WorkflowState[]) {
  return states.map((value) => ({ label: stateLabels[value], value }))
}
