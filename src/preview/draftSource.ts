import type { ContentSource } from '../delivery/published'

/** The newest drafts, for staff previewing an issue before it is published (the page checks the role). */
export const draftSource: ContentSource = {
  itemsOfIssue: async (payload, issue, depth) =>
    (await payload.find({ collection: 'items', depth, draft: true, pagination: false, where: { issue: { equals: issue.id } } })).docs,
  sectionsByID: async (payload, ids) =>
    ids.length ? (await payload.find({ collection: 'sections', depth: 0, pagination: false, where: { id: { in: ids } } })).docs : [],
}
