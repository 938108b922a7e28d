import { type ContentSource, issueItems } from '../delivery/published'
import type { Item } from '../payload-types'

/** The newest drafts, for staff previewing an issue before it is published (the page checks the role). */
export const draftSource: ContentSource = {
  itemsOfIssue: async (payload, issue, withBodies) =>
    (await payload.find({ ...issueItems(withBodies), collection: 'items', draft: true, pagination: false, where: { issue: { equals: issue.id } } })).docs as Item[],
  sectionsByID: async (payload, ids) =>
    ids.length ? (await payload.find({ collection: 'sections', depth: 0, pagination: false, where: { id: { in: ids } } })).docs : [],
}
