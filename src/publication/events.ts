import type { Payload } from 'payload'

import type { Issue } from '../payload-types'

export const publicationEventTypes = ['issue.published', 'issue.corrected', 'issue.withdrawn'] as const
export type PublicationEventType = (typeof publicationEventTypes)[number]

export type PublicationEvent = { issue: Issue; occurredAt: string; type: PublicationEventType }

type Subscriber = (payload: Payload, event: PublicationEvent) => Promise<void> | void

const subscribers: Subscriber[] = []

/** Things that must follow a change of what the public sees: the delivery cache, webhooks. */
export function subscribeToPublication(subscriber: Subscriber): void {
  if (!subscribers.includes(subscriber)) subscribers.push(subscriber)
}

/**
 * Called by the workflow after the transaction that published, corrected or withdrew an issue
 * has committed, so that nobody is told about a change that was rolled back.
 */
export async function announcePublication(payload: Payload, type: PublicationEventType, issue: Issue): Promise<void> {
  const event = { issue, occurredAt: new Date().toISOString(), type }
  for (const subscriber of subscribers) {
    try {
      await subscriber(payload, event)
    } catch (error) {
      payload.logger.error({ err: error, msg: `A subscriber to ${type} failed` })
    }
  }
}

type ChangeSubscriber = () => void
const changeSubscribers: ChangeSubscriber[] = []

/** Caches of public output that must also forget shared data (series, sections, contributors, …) when it changes. */
export function subscribeToSharedContentChanges(subscriber: ChangeSubscriber): void {
  if (!changeSubscribers.includes(subscriber)) changeSubscribers.push(subscriber)
}

export function announceSharedContentChange(): void {
  for (const subscriber of changeSubscribers) subscriber()
}
