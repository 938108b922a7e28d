import type { CollectionAfterDeleteHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { CONFLICT, RequestError } from '../../lib/RequestError'
import type { Bilingual } from '../../lib/messages'
import { recordAudit } from '../audit'
import type { WorkflowCollection } from '../states'

const ON_THE_RECORD = ['published', 'correction', 'withdrawn']

async function everPublished(req: PayloadRequest, collection: WorkflowCollection, id: number | string): Promise<boolean> {
  const { totalDocs } = await req.payload.countVersions({
    collection,
    req,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
  })
  return totalDocs > 0
}

async function refusal(req: PayloadRequest, collection: WorkflowCollection, id: number | string): Promise<Bilingual | undefined> {
  const doc = await req.payload.findByID({ collection, depth: 0, disableErrors: true, draft: true, id, overrideAccess: true, req })
  if (!doc) return undefined
  if (ON_THE_RECORD.includes(doc.workflowState) || (await everPublished(req, collection, id))) {
    return collection === 'issues'
      ? {
          en: `The issue “${doc.title}” has been published, so it stays on the record: withdraw it instead of deleting it.`,
          zh: `本期“${doc.title}”已发布过，须保留存档：请撤回，而不是删除。`,
        }
      : {
          en: `The item “${doc.title}” has been published, so it stays on the record with its issue.`,
          zh: `稿件“${doc.title}”已发布过，须随所属期刊保留存档。`,
        }
  }
  if (collection === 'issues') {
    const { totalDocs } = await req.payload.count({ collection: 'items', req, where: { issue: { equals: id } } })
    if (totalDocs > 0) {
      return {
        en: `The issue “${doc.title}” still has ${totalDocs} item(s): delete them or move them to another issue first.`,
        zh: `本期“${doc.title}”还有 ${totalDocs} 篇稿件：请先删除或移到其他期。`,
      }
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
