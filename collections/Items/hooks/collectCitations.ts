import type { CollectionBeforeChangeHook } from 'payload'

import { footnoteReferenceIDs } from '../../../src/richtext/footnotes'
import { figureMediaIDs } from '../../../src/richtext/uploads'

/**
 * The item's references and figures are whatever its body cites and shows, so the lists never
 * disagree with the text (and publishing knows which images become public).
 */
export const collectCitations: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const body = data.body ?? originalDoc?.body
  return { ...data, figures: figureMediaIDs(body), references: footnoteReferenceIDs(body) }
}
