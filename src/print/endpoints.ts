import type { Endpoint, PayloadRequest } from 'payload'

import { translated } from '../i18n'
import { isStaff } from '../../access/roles'
import type { Issue } from '../payload-types'
import { draftSource } from '../preview/draftSource'
import { FORBIDDEN, NOT_FOUND, RequestError, SERVICE_UNAVAILABLE } from '../lib/RequestError'
import { isEditionFormat, renderEdition } from './editions'
import { PrintFontsMissing } from './fonts'

async function draftIssue(req: PayloadRequest, id: string): Promise<Issue> {
  const issue = await req.payload.findByID({ collection: 'issues', depth: 1, disableErrors: true, draft: true, id, overrideAccess: false, req })
  if (!issue) throw new RequestError(req, NOT_FOUND, translated((m) => m.print.noSuchIssue({ id })))
  return issue as Issue
}

/**
 * GET /api/issues/:id/print/pdf|docx: the printed edition made from the newest drafts, for staff
 * checking an issue before it is published (the admin's 打印版 button). The same rules as the live
 * preview: staff only; the public gets the published edition from the delivery API.
 */
export const printPreviewEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/:id/print/:format',
    handler: async (req) => {
      if (!isStaff(req.user)) {
        throw new RequestError(req, FORBIDDEN, translated((m) => m.print.staffOnly))
      }
      const format = req.routeParams?.format
      if (!isEditionFormat(format)) {
        throw new RequestError(req, NOT_FOUND, translated((m) => m.print.formats))
      }
      const issue = await draftIssue(req, String(req.routeParams?.id))
      const edition = await renderEdition(req.payload, issue, format, { draft: true, source: draftSource }).catch((error: unknown) => {
        if (!(error instanceof PrintFontsMissing)) throw error
        throw new RequestError(req, SERVICE_UNAVAILABLE, translated((m) => m.print.fontsMissing({ missing: error.missing, searched: error.searched })))
      })
      return new Response(new Uint8Array(edition.body), {
        headers: { ...edition.headers, 'Cache-Control': 'private, no-store', 'Content-Type': edition.contentType },
      })
    },
  },
]
