import { ValidationError } from 'payload'

import { translated } from '../../i18n'
import { CONFLICT, RequestError } from '../../lib/RequestError'
import type { Item } from '../../payload-types'
import type { TransitionContext, WorkflowDoc } from '../transitions'
import { writeState } from './writeState'

/** Puts an approved item on the public record as part of its issue's publication. */
export async function publishItem({ definition, doc, req }: TransitionContext): Promise<WorkflowDoc> {
  try {
    // Taken only within the publication, which reads nothing of it but its new state.
    return await writeState(req, 'items', doc.id, { _status: 'published', workflowState: definition.to }, { draft: false, returnOnly: { title: true, workflowState: true } })
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    // The publication names the item that stops it, not just a field.
    const problems = error.data.errors.map(({ message, path }) => `${path}: ${message}`).join('; ')
    const { id, title } = doc as Item
    throw new RequestError(req, CONFLICT, translated((m) => m.workflow.itemCannotBePublished({ id, problems, title })))
  }
}

/** Takes an item's published copy off the public record as part of its issue's withdrawal. */
export async function withdrawItem({ definition, doc, req }: TransitionContext): Promise<WorkflowDoc> {
  return writeState(req, 'items', doc.id, { _status: 'draft', workflowState: definition.to }, { draft: false })
}
