import type { SanitizedConfig } from 'payload'

import { refuseMalformedQueries } from './malformedQueries'
import { lockedInOwnName } from './lockedInOwnName'
import { refuseMissingDocuments, refuseMisshapenData } from './misshapenData'

const LOCKS = 'payload-locked-documents'

/**
 * Rules for every collection, Payload's own included (document locks, preferences, jobs), which
 * Payload adds while it sanitizes the config and so can be given hooks only afterwards. Its lock
 * collection lets anyone signed in write any lock: the admin takes documents over through REST.
 */
export async function guardCollections(config: Promise<SanitizedConfig>): Promise<SanitizedConfig> {
  const sanitized = await config
  for (const collection of sanitized.collections) {
    collection.hooks.beforeOperation = [refuseMalformedQueries, refuseMisshapenData, ...(collection.hooks.beforeOperation ?? [])]
    collection.hooks.beforeChange = [...(collection.hooks.beforeChange ?? []), refuseMissingDocuments]
  }
  const locks = sanitized.collections.find((collection) => collection.slug === LOCKS)
  if (!locks) throw new Error(`Payload no longer has the ${LOCKS} collection whose writes are guarded here.`)
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockedInOwnName]
  return sanitized
}
