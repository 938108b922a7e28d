import type { Field } from 'payload'

import { publicationFields } from '../../collections/Issues/publicationFields'
import { assignedReviewerField, BOOKKEEPING, deadlineFields } from '../deadlines/fields'
import type { Issue } from '../payload-types'
import { workflowFields } from './fields'
import { issueStates } from './states'

const namesOf = (fields: Field[]): string[] => fields.flatMap((field) => ('name' in field ? [field.name] : 'fields' in field ? namesOf(field.fields) : []))

/**
 * What reviewers do not approve of an issue: its workflow, its planning, the record of its
 * publication and Payload's bookkeeping. Everything else (title, date, sections and their notes,
 * any field added later) is the issue's own content.
 */
const NOT_REVIEWED = new Set([
  ...namesOf([...workflowFields(issueStates, 'planning'), assignedReviewerField, ...deadlineFields, ...publicationFields]),
  ...BOOKKEEPING,
])

/** Whether the issue's own content, as its newest version has it, differs from its published copy. */
export function ownContentChanged(newest: Issue, published: Issue): boolean {
  const fields = new Set([...Object.keys(newest), ...Object.keys(published)].filter((field) => !NOT_REVIEWED.has(field)))
  const value = (issue: Issue, field: string) => JSON.stringify((issue as unknown as Record<string, unknown>)[field] ?? null)
  return [...fields].some((field) => value(newest, field) !== value(published, field))
}
