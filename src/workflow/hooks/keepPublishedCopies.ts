import type { CollectionBeforeOperationHook, CollectionSlug, PayloadRequest, Where } from 'payload'

import { translated } from '../../i18n'
import { CONFLICT, RequestError } from '../../lib/RequestError'
import { isSystemWrite } from '../../lib/systemContext'

async function hasPublishedCopy(req: PayloadRequest, collection: CollectionSlug, where: Where): Promise<boolean> {
  const { totalDocs } = await req.payload.db.count({ collection, req, where: { and: [where, { _status: { equals: 'published' } }] } })
  return totalDocs > 0
}

/**
 * The published copy of an item or an issue is written by the workflow's transitions alone
 * (publication, withdrawal), but Payload writes it on any save not marked as a draft
 * (`?draft=true`, `draft: true`) and on any restore of a version not marked so. A person's save of
 * published work is therefore kept as a draft of it, as the admin's own saves are, and reaches
 * the public once reviewed and published with its issue; bulk updates are kept as drafts
 * throughout. A restore cannot be turned into a draft here (Payload has read its arguments
 * already), so over a published copy it is refused with the way to ask for it.
 */
export const keepPublishedCopies: CollectionBeforeOperationHook = async ({ args, collection, context, operation, req }) => {
  const { draft, id } = args as { draft?: boolean; id?: number | string }
  if (draft || isSystemWrite(context)) return args
  const slug = collection.slug as CollectionSlug
  if (operation === 'update') {
    if (id === undefined || (await hasPublishedCopy(req, slug, { id: { equals: id } }))) return { ...args, draft: true }
    return args
  }
  if (operation === 'restoreVersion') {
    const { docs } = await req.payload.db.findVersions({ collection: slug, limit: 1, pagination: false, req, where: { id: { equals: id } } })
    const parent = docs[0]?.parent
    if (parent !== undefined && (await hasPublishedCopy(req, slug, { id: { equals: parent } }))) {
      throw new RequestError(req, CONFLICT, translated((m) => m.workflow.restoreAsDraft))
    }
  }
  return args
}
