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

/** What a change of the public record means for the shared documents' `public` flags. */
export type PublicRecordChange = {
  /** Shown by what is published now (items published in this transaction, the issue's notes): public. */
  shown?: ShownDocuments
  /** Shown by what may no longer be published (withdrawn items, a corrected item's earlier copy): public only while a published item still shows them. */
  hiddenUnlessShown?: ShownDocuments
}

/**
 * Sets the `public` flag of shared documents to whether published content shows them now. Called
 * inside the transactions that publish, withdraw or merge, after the items changed. One query per
 * kind reads the flags, and only documents that may have stopped showing are counted; the flags
 * are written past the collections' hooks (no one edits anything: the publication that causes
 * this already marks the public record changed once).
 */
export async function updatePublicRecord(req: PayloadRequest, { shown = {}, hiddenUnlessShown = {} }: PublicRecordChange): Promise<void> {
  for (const kind of Object.keys(SHOWN_BY) as SharedKind[]) {
    const shownNow = new Set((shown[kind] ?? []).map(String))
    const ids = [...new Set([...shownNow, ...(hiddenUnlessShown[kind] ?? []).map(String)])]
    if (!ids.length) continue
    const { docs } = await req.payload.find({ collection: kind, depth: 0, overrideAccess: true, pagination: false, req, select: { public: true }, where: { id: { in: ids } } })
    const change: Record<'hide' | 'show', Array<number | string>> = { hide: [], show: [] }
    for (const doc of docs as Array<{ id: number | string; public?: boolean | null }>) {
      const isPublic = shownNow.has(String(doc.id)) || (Boolean(doc.public) && (await publishedItemsShowing(req, kind, doc.id)) > 0)
      if (Boolean(doc.public) !== isPublic) change[isPublic ? 'show' : 'hide'].push(doc.id)
    }
    for (const [which, changed] of Object.entries(change)) {
      if (changed.length) await req.payload.db.updateMany({ collection: kind, data: { public: which === 'show' }, req, where: { id: { in: changed } } })
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
