import type { CollectionBeforeChangeHook } from 'payload'

import { footnoteReferenceIDs } from '../../../src/richtext/footnotes'

/** The item's reference list is whatever its footnote markers cite, so the two never disagree. */
export const collectReferences: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const body = data.body ?? originalDoc?.body
  return { ...data, references: footnoteReferenceIDs(body) }
}
