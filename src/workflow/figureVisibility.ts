import type { PayloadRequest } from 'payload'

/**
 * An image is public exactly while a published item shows it (or a published issue's editor's
 * note). Called inside the publishing and withdrawing transactions, after the items changed.
 */
export async function updateFigureVisibility(
  req: PayloadRequest,
  mediaIDs: Array<number | string>,
  alsoPublic: ReadonlySet<string> = new Set(),
): Promise<void> {
  for (const id of new Set(mediaIDs)) {
    const { totalDocs } = await req.payload.count({
      collection: 'items',
      req,
      where: { and: [{ figures: { in: [id] } }, { _status: { equals: 'published' } }] },
    })
    await req.payload.update({
      collection: 'media',
      data: { public: totalDocs > 0 || alsoPublic.has(String(id)) },
      depth: 0,
      id,
      req,
    })
  }
}
