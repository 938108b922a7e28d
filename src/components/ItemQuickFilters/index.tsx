import type { BeforeListTableServerProps } from 'payload'
import React from 'react'

import { itemStates, stateLabels } from '../../workflow/states'
import { translated } from '../../i18n'
import { type QuickFilter, QuickFilterBar } from './QuickFilterBar'

/**
 * Above the items list: the four filters the office uses every day (state, issue, section,
 * credited contributor), one click each instead of three in Payload's Filters panel. The options
 * are read here, on the server, with the signed-in user's access.
 */
export async function ItemQuickFilters({ payload, user }: BeforeListTableServerProps) {
  const read = { depth: 0, draft: true, overrideAccess: false, pagination: false, user } as const
  const [issues, sections, contributors] = await Promise.all([
    payload.find({ collection: 'issues', ...read, select: { title: true }, sort: ['-year', '-number'] }),
    payload.find({ collection: 'sections', ...read, select: { name: true }, sort: 'defaultPosition' }),
    payload.find({ collection: 'authors', ...read, select: { displayName: true }, sort: 'sortName' }),
  ])
  const filters: QuickFilter[] = [
    {
      name: 'state',
      path: 'workflowState',
      label: translated((m) => m.quickFilters.state),
      options: itemStates.map((state) => ({ label: stateLabels[state], value: state })),
    },
    {
      name: 'issue',
      path: 'issue',
      label: translated((m) => m.quickFilters.issue),
      options: issues.docs.map((issue) => ({ label: issue.title ?? String(issue.id), value: String(issue.id) })),
    },
    {
      name: 'section',
      path: 'section',
      label: translated((m) => m.quickFilters.section),
      options: sections.docs.map((section) => ({ label: section.name, value: String(section.id) })),
    },
    {
      name: 'contributor',
      path: 'credits.contributor',
      label: translated((m) => m.quickFilters.contributor),
      options: contributors.docs.map((author) => ({ label: author.displayName, value: String(author.id) })),
    },
  ]
  return <QuickFilterBar filters={filters} />
}
