import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { announceSharedContentChange } from '../publication/events'

/** Series, sections, contributors, references and images appear in published output: an edit must show at once. */
export const sharedContentChanged: CollectionAfterChangeHook = async ({ doc, req }) => {
  await announceSharedContentChange(req)
  return doc
}

export const sharedContentDeleted: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await announceSharedContentChange(req)
  return doc
}
