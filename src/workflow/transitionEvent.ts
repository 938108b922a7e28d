import type { PayloadRequest } from 'payload'

import { relationID } from '../lib/relationID'
import type { TransitionDefinition } from './transitions'

const CURRENT = 'bulletin:transition'

type Stamp = { workflowEvent: TransitionDefinition['action'] | null; workflowEventBy: number | null }

/**
 * Runs a transition's effect with its action known to the writes it makes, so that the version
 * each write leaves says which workflow event made it (送审, 退回修改, 审核通过, 发布 …) and who took
 * it. Transitions nest (an issue's publication publishes its items): each restores the outer one.
 */
export async function asTransition<T>(req: PayloadRequest, definition: TransitionDefinition, effect: () => Promise<T>): Promise<T> {
  const outer = req.context[CURRENT]
  req.context[CURRENT] = definition.action
  try {
    return await effect()
  } finally {
    req.context[CURRENT] = outer
  }
}

/** What a write records about the event behind it: the current transition, or none for a person's save. */
export function eventStamp(req: PayloadRequest): Stamp {
  const action = req.context[CURRENT] as Stamp['workflowEvent'] | undefined
  const by = req.user?.collection === 'users' ? (relationID(req.user.id) as number) : null
  return { workflowEvent: action ?? null, workflowEventBy: action ? by : null }
}
