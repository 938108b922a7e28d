import type { Payload, PayloadRequest } from 'payload'

import type { Issue } from '../payload-types'
import { markPublicRecordChanged } from './changeToken'

export const publicationEventTypes = ['issue.published', 'issue.corrected', 'issue.withdrawn'] as const
export type PublicationEventType = (typeof publicationEventTypes)[number]

export type PublicationEvent = { issue: Issue; occurredAt: string; type: PublicationEventType }

type Subscriber = (payload: Payload, event: PublicationEvent) => Promise<void> | void
type RecordingSubscriber = (req: PayloadRequest, event: PublicationEvent) => Promise<void>

const subscribers: Subscriber[] = []
const recorders: RecordingSubscriber[] = []

/** Things that follow a change of what the public sees once it has committed: the delivery cache. */
export function subscribeToPublication(subscriber: Subscriber): void {
  if (!subscribers.includes(subscriber)) subscribers.push(subscriber)
}

/**
 * Things that must follow it at least once, written in the same transaction (an outbox): webhook
 * deliveries are queued as jobs in the same database, so they exist exactly when the change does,
 * even if the process dies the moment it commits.
 */
export function subscribeToPublicationInTransaction(recorder: RecordingSubscriber): void {
  if (!recorders.includes(recorder)) recorders.push(recorder)
}

/** Called by the workflow inside the transaction that publishes, corrects or withdraws an issue. */
export async function recordPublication(req: PayloadRequest, type: PublicationEventType, issue: Issue): Promise<PublicationEvent> {
  const event = { issue, occurredAt: new Date().toISOString(), type }
  await markPublicRecordChanged(req)
  for (const recorder of recorders) await recorder(req, event)
  return event
}

/**
 * Called after that transaction has committed, so that no cache forgets (or webhook reports)
 * a change that was rolled back.
 */
export async function announcePublication(payload: Payload, event: PublicationEvent): Promise<void> {
  const { type } = event
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

/** Called in the transaction of an edit of shared content: this process forgets at once, the others through the change token. */
export async function announceSharedContentChange(req: PayloadRequest): Promise<void> {
  await markPublicRecordChanged(req)
  for (const subscriber of changeSubscribers) subscriber()
}
