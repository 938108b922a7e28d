import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { announceSharedContentChange } from '../publication/events'

/** Series, sections, contributors, references and images appear in published output: an edit must show at once. */
export const sharedContentChanged: CollectionAfterChangeHook = ({ doc }) => {
  announceSharedContentChange()
  return doc
}

export const sharedContentDeleted: CollectionAfterDeleteHook = ({ doc }) => {
  announceSharedContentChange()
  return doc
}
