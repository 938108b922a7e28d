import type { Where } from 'payload'

import { filterGroups, quickFilterValue, withQuickFilter } from '../../src/components/ItemQuickFilters/quickFilterWhere'

describe('quick filters in the list’s where', () => {
  it('reads every shape of where as the Filters panel shows it', () => {
    expect(filterGroups(undefined)).toEqual([])
    expect(filterGroups({})).toEqual([])
    // ?where[credits.contributor][equals]=5 typed into the address bar
    expect(filterGroups({ 'credits.contributor': { equals: '5' } })).toEqual([[{ 'credits.contributor': { equals: '5' } }]])
    expect(filterGroups({ issue: { equals: '1' }, section: { equals: '2' } })).toEqual([[{ issue: { equals: '1' } }, { section: { equals: '2' } }]])
    expect(filterGroups({ and: [{ issue: { equals: '1' } }] })).toEqual([[{ issue: { equals: '1' } }]])
    expect(filterGroups({ or: [{ issue: { equals: '1' } }, { and: [{ section: { equals: '2' } }] }] })).toEqual([
      [{ issue: { equals: '1' } }],
      [{ section: { equals: '2' } }],
    ])
  })

  it('sets a filter, replaces it, and shows its value', () => {
    const byState = withQuickFilter(undefined, 'workflowState', 'draft')
    expect(byState).toEqual({ or: [{ and: [{ workflowState: { equals: 'draft' } }] }] })
    const withContributor = withQuickFilter(byState, 'credits.contributor', '5')
    expect(withContributor).toEqual({ or: [{ and: [{ workflowState: { equals: 'draft' } }, { 'credits.contributor': { equals: '5' } }] }] })
    const changed = withQuickFilter(withContributor, 'workflowState', 'approved')
    expect(quickFilterValue(changed, 'workflowState')).toBe('approved')
    expect(quickFilterValue(changed, 'credits.contributor')).toBe('5')
    expect(quickFilterValue(changed, 'issue')).toBeUndefined()
  })

  it('removes only its own condition and leaves the Filters panel’s others alone', () => {
    const where: Where = { or: [{ and: [{ title: { like: '电池' } }, { section: { equals: '3' } }, { section: { not_equals: '4' } }] }] }
    expect(withQuickFilter(where, 'section', undefined)).toEqual({ or: [{ and: [{ title: { like: '电池' } }, { section: { not_equals: '4' } }] }] })
    expect(quickFilterValue(where, 'section')).toBe('3')
    expect(withQuickFilter(withQuickFilter(undefined, 'issue', '1'), 'issue', undefined)).toEqual({})
  })

  it('narrows every "or" group, so the filter holds whichever group matches', () => {
    const either: Where = { or: [{ and: [{ issue: { equals: '1' } }] }, { and: [{ issue: { equals: '2' } }] }] }
    expect(withQuickFilter(either, 'workflowState', 'draft')).toEqual({
      or: [
        { and: [{ issue: { equals: '1' } }, { workflowState: { equals: 'draft' } }] },
        { and: [{ issue: { equals: '2' } }, { workflowState: { equals: 'draft' } }] },
      ],
    })
    // (state = draft) or (issue = 2), with state removed, is "everything": nothing is filtered any more.
    const stateOrIssue: Where = { or: [{ and: [{ workflowState: { equals: 'draft' } }] }, { and: [{ issue: { equals: '2' } }] }] }
    expect(withQuickFilter(stateOrIssue, 'workflowState', undefined)).toEqual({})
  })
})
