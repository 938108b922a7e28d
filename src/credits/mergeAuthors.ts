import type { PayloadRequest } from 'payload'

import { translated } from '../i18n'
import type { Author, Item } from '../payload-types'
import { relationID } from '../lib/relationID'
import { updatePublicRecord } from '../publication/publicRecord'
import { recordAudit } from '../workflow/audit'
import { systemWrite } from '../lib/systemContext'
import { inTransaction } from '../lib/inTransaction'
import { CreditQueryError } from './creditStats'

type Credits = NonNullable<Item['credits']>

const same = (a: unknown, b: unknown) => a !== undefined && a !== null && String(a) === String(b)

/** The credits with `from` replaced by `into`; a credit the kept author already holds in that role is dropped. */
function moveCredits(credits: Credits | null | undefined, from: number | string, into: number | string): Credits | null {
  const list = credits ?? []
  if (!list.some((credit) => same(relationID(credit.contributor as never), from))) return null
  const result: Credits = []
  const seen = new Set<string>()
  for (const credit of list) {
    const contributor = same(relationID(credit.contributor as never), from) ? into : relationID(credit.contributor as never)
    const key = `${contributor}:${credit.role}`
    if (seen.has(key)) continue
    seen.add(key)
    result.push({ ...credit, contributor: contributor as number })
  }
  return result
}

/** Everything an update may be given back: the stored document without its bookkeeping fields. */
function asData(doc: Item): Record<string, unknown> {
  const { id: _id, createdAt: _createdAt, updatedAt: _updatedAt, ...data } = doc as Item & Record<string, unknown>
  return data
}

async function findAuthor(req: PayloadRequest, id: number | string): Promise<Author> {
  const { docs } = await req.payload.find({ collection: 'authors', depth: 0, limit: 1, pagination: false, req, where: { id: { equals: id } } })
  if (!docs[0]) {
    throw new CreditQueryError(404, translated((m) => m.credits.noSuchContributor({ id })))
  }
  return docs[0]
}

/**
 * Merges a duplicate contributor into the kept one: every credit on the latest draft and on the
 * published version of every item moves over (as workflow writes, so approved and published work
 * stays as it is, and a published item's pending draft keeps its own changes), the login account
 * moves when the kept one has none, the duplicate is deleted, and the audit log records it.
 * The kept record's printed name is not changed.
 */
export async function mergeAuthors(req: PayloadRequest, mergedID: number | string, intoID: number | string) {
  if (String(mergedID) === String(intoID)) {
    throw new CreditQueryError(400, translated((m) => m.credits.notIntoItself))
  }
  return inTransaction(req, async () => {
    const merged = await findAuthor(req, mergedID)
    const kept = await findAuthor(req, intoID)
    const where = { 'credits.contributor': { equals: merged.id } }
    const [latest, published] = await Promise.all([
      req.payload.find({ collection: 'items', depth: 0, draft: true, pagination: false, req, where }),
      req.payload.find({ collection: 'items', depth: 0, draft: false, pagination: false, req, where }),
    ])
    const itemIDs = [...new Set([...latest.docs, ...published.docs].map((item) => String(item.id)))]

    const write = (id: number | string, data: Record<string, unknown>, draft: boolean) =>
      req.payload.update({ collection: 'items', context: systemWrite('contributor merge'), data, depth: 0, draft, id, overrideLock: true, req })

    for (const id of itemIDs) {
      const newest = await req.payload.findByID({ collection: 'items', depth: 0, draft: true, id, req })
      const main = await req.payload.findByID({ collection: 'items', depth: 0, draft: false, id, req })
      const hasPendingDraft = main._status === 'published' && newest._status !== 'published'
      const publishedCredits = main._status === 'published' ? moveCredits(main.credits, merged.id, kept.id) : null
      const draftCredits = moveCredits(newest.credits, merged.id, kept.id)

      if (publishedCredits) {
        // An update starts from the newest version: give it the whole published document, so
        // that the pending draft's changes are not published along with the credits.
        await write(id, { ...asData(main), credits: publishedCredits }, false)
        if (hasPendingDraft) {
          // …and save the pending draft again on top, so that it stays the newest version.
          await write(id, { ...asData(newest), credits: draftCredits ?? newest.credits }, true)
        }
      } else if (draftCredits) {
        await write(id, { credits: draftCredits }, hasPendingDraft || main._status !== 'published')
      }
    }

    const mergedUser = relationID(merged.user as never)
    const movedUser = mergedUser !== undefined && relationID(kept.user as never) === undefined
    if (movedUser) {
      // Unlink first, so that no moment has two contributors on one account.
      await req.payload.update({ collection: 'authors', data: { user: null }, depth: 0, id: merged.id, req })
      await req.payload.update({ collection: 'authors', data: { user: mergedUser as number }, depth: 0, id: kept.id, req })
    }
    // The kept record is now credited where the duplicate was; the duplicate nowhere published.
    await updatePublicRecord(req, { hiddenUnlessShown: { authors: [merged.id, kept.id] } })
    await req.payload.delete({ collection: 'authors', depth: 0, id: merged.id, req })
    await recordAudit(req, {
      action: 'merge',
      collection: 'authors',
      documentID: kept.id,
      documentTitle: kept.displayName,
      note: `${merged.displayName} (#${merged.id}) → ${kept.displayName} (#${kept.id}); ${itemIDs.length} item(s)${movedUser ? '; login account moved' : ''}`,
    })
    return { into: kept.id, items: itemIDs.map((id) => (typeof kept.id === 'number' ? Number(id) : id)), merged: merged.id, movedUser }
  })
}
