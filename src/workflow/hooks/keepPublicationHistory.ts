import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { type Translated, translated } from '../../i18n'
import { CONFLICT, RequestError } from '../../lib/RequestError'
import { recordAudit } from '../audit'
import { issueStatesOnTheRecord, type WorkflowCollection } from '../states'

async function everPublished(req: PayloadRequest, collection: WorkflowCollection, id: number | string): Promise<boolean> {
  const { totalDocs } = await req.payload.countVersions({
    collection,
    req,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
  })
  return totalDocs > 0
}

async function refusal(req: PayloadRequest, collection: WorkflowCollection, id: number | string): Promise<Translated | undefined> {
  const doc = await req.payload.findByID({ collection, depth: 0, disableErrors: true, draft: true, id, overrideAccess: true, req })
  if (!doc) return undefined
  if ((issueStatesOnTheRecord as readonly string[]).includes(doc.workflowState) || (await everPublished(req, collection, id))) {
    const title = doc.title ?? ''
    return collection === 'issues'
      ? translated((m) => m.workflow.issueStaysOnRecord({ title }))
      : translated((m) => m.workflow.itemStaysOnRecord({ title }))
  }
  if (collection === 'issues') {
    const { totalDocs } = await req.payload.count({ collection: 'items', req, where: { issue: { equals: id } } })
    if (totalDocs > 0) {
      return translated((m) => m.workflow.issueStillHasItems({ count: totalDocs, title: doc.title ?? '' }))
    }
  }
  return undefined
}

/**
 * Published means kept: nobody, administrators included, deletes an issue or an item that has been
 * on the public record (published, under correction or withdrawn), nor an issue that still has
 * items. Deleting unpublished work is allowed and goes to the audit log.
 */
export function keepPublicationHistory(collection: WorkflowCollection): { afterDelete: CollectionAfterDeleteHook; beforeDelete: CollectionBeforeDeleteHook } {
  return {
    beforeDelete: async ({ id, req }) => {
      const reason = await refusal(req, collection, id)
      if (reason) throw new RequestError(req, CONFLICT, reason)
    },
    afterDelete: async ({ doc, id, req }) => {
      await recordAudit(req, { action: 'delete', collection, documentID: id, documentTitle: doc?.title, from: doc?.workflowState, to: null })
    },
  }
}
