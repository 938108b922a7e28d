/** Where an item stands in the office's process. Items reach the public only with their issue. */
export const itemStates = ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const
export type ItemState = (typeof itemStates)[number]

/** Where an issue stands; `correction` while published items are being revised, `withdrawn` when taken down. */
export const issueStates = ['planning', 'in_review', 'approved', 'published', 'correction', 'withdrawn'] as const
export type IssueState = (typeof issueStates)[number]

export type WorkflowCollection = 'issues' | 'items'

export const stateLabels: Record<IssueState | ItemState, { en: string; zh: string }> = {
  draft: { en: 'Draft', zh: '草稿' },
  in_review: { en: 'In review', zh: '审核中' },
  changes_requested: { en: 'Changes requested', zh: '退回修改' },
  approved: { en: 'Approved', zh: '已通过' },
  published: { en: 'Published', zh: '已发布' },
  planning: { en: 'Planning', zh: '编排中' },
  correction: { en: 'Correction', zh: '勘误中' },
  withdrawn: { en: 'Withdrawn', zh: '已撤回' },
}

export function stateOptions(states: readonly (IssueState | ItemState)[]) {
  return states.map((value) => ({ label: stateLabels[value], value }))
}
