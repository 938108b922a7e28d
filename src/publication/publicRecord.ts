import type { PayloadRequest, RequestContext, Where } from 'payload'

import { relationID } from '../lib/relationID'
import type { Issue, Item } from '../payload-types'
import { footnoteReferenceIDs } from '../richtext/footnotes'
import { figureMediaIDs } from '../richtext/uploads'

/** The shared documents a published item shows, and the item field that records the showing. */
export const SHOWN_BY = { authors: 'credits.contributor', media: 'figures', references: 'references' } as const
export type SharedKind = keyof typeof SHOWN_BY
export type ShownDocuments = Partial<Record<SharedKind, Array<number | string>>>

const PUBLIC_RECORD_WRITE = 'publicRecordWrite'

/**
 * Marks the workflow's own write of a `public` flag, which the guards of the published record
 * (see keepPublishedRecord) must let through: it follows a publication, it does not change one.
 */
export function publicRecordContext(): RequestContext {
  return { [PUBLIC_RECORD_WRITE]: true }
}

export function isPublicRecordWrite(context: RequestContext | undefined): boolean {
  return context?.[PUBLIC_RECORD_WRITE] === true
}

/** How many published items show the document (its figure, a footnote citing it, a credit). */
export async function publishedItemsShowing(req: PayloadRequest, kind: SharedKind, id: number | string): Promise<number> {
  const where: Where = { and: [{ [SHOWN_BY[kind]]: { in: [id] } }, { _status: { equals: 'published' } }] }
  const { totalDocs } = await req.payload.count({ collection: 'items', overrideAccess: true, req, where })
  return totalDocs
}

/**
 * Sets the `public` flag of shared documents to whether a published item shows them now, or the
 * editor's notes of the issue being published (`alsoPublic`). Called inside the transactions that
 * publish, withdraw or merge, after the items changed.
 */
export async function updatePublicRecord(req: PayloadRequest, shown: ShownDocuments, alsoPublic: ShownDocuments = {}): Promise<void> {
  for (const kind of Object.keys(SHOWN_BY) as SharedKind[]) {
    const shownByIssue = new Set((alsoPublic[kind] ?? []).map(String))
    for (const id of new Set([...(shown[kind] ?? []).map(String), ...shownByIssue])) {
      const isPublic = shownByIssue.has(id) || (await publishedItemsShowing(req, kind, id)) > 0
      const { docs } = await req.payload.find({ collection: kind, depth: 0, limit: 1, overrideAccess: true, pagination: false, req, where: { id: { equals: id } } })
      if (!docs[0] || Boolean(docs[0].public) === isPublic) continue
      await req.payload.update({
        collection: kind,
        context: publicRecordContext(),
        data: { public: isPublic },
        depth: 0,
        id,
        overrideAccess: true,
        req,
      })
    }
  }
}

type ShowingItem = Pick<Item, 'body' | 'credits'>
type ShowingIssue = Pick<Issue, 'sections'>

/** The images, references and contributors the given items show: their figures, footnotes and credits. */
export function shownByItems(items: readonly ShowingItem[]): Required<ShownDocuments> {
  return {
    authors: items.flatMap((item) => (item.credits ?? []).map((credit) => relationID(credit.contributor as never)).filter((id) => id !== undefined)),
    media: items.flatMap((item) => figureMediaIDs(item.body)),
    references: items.flatMap((item) => footnoteReferenceIDs(item.body)),
  }
}

/** What an issue's editor's notes show: their figures and the references their footnotes cite. */
export function shownByNotes(issue: ShowingIssue): ShownDocuments {
  const notes = (issue.sections ?? []).map((row) => row.editorsNote)
  return { media: notes.flatMap((note) => figureMediaIDs(note)), references: notes.flatMap((note) => footnoteReferenceIDs(note)) }
}
