import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import type { Translated } from '../i18n'
import { CONFLICT, RequestError } from '../lib/RequestError'
import { isPublicRecordWrite, type SharedKind } from './publicRecord'

type Guard = {
  /** Fields whose change would change what published issues show; every field when absent. */
  fields?: readonly string[]
  refusal: (title: string) => Translated
  title: (doc: Record<string, unknown>) => string
}

const changes = (data: Record<string, unknown>, original: Record<string, unknown>, field: string) =>
  field in data && JSON.stringify(data[field] ?? null) !== JSON.stringify(original[field] ?? null)

/**
 * What a published issue shows changes only through a correction that is reviewed and published:
 * an image, a reference or a contributor's printed name that a published item shows cannot be
 * edited or deleted in place (409, saying how to correct). The workflow's own `public` flag
 * writes pass; so do fields the published issue does not show.
 */
export function keepPublishedRecord(kind: SharedKind, guard: Guard): { beforeChange: CollectionBeforeChangeHook; beforeDelete: CollectionBeforeDeleteHook } {
  return {
    beforeChange: ({ context, data, operation, originalDoc, req }) => {
      if (operation !== 'update' || !originalDoc?.public || isPublicRecordWrite(context)) return data
      const touched = guard.fields ? guard.fields.some((field) => changes(data, originalDoc, field)) : true
      if (touched || req.file) throw new RequestError(req, CONFLICT, guard.refusal(guard.title(originalDoc)))
      return data
    },
    beforeDelete: async ({ id, req }) => {
      const { docs } = await req.payload.find({ collection: kind, depth: 0, limit: 1, overrideAccess: true, pagination: false, req, where: { id: { equals: id } } })
      const doc = docs[0] as unknown as Record<string, unknown> | undefined
      if (doc?.public) throw new RequestError(req, CONFLICT, guard.refusal(guard.title(doc)))
    },
  }
}
