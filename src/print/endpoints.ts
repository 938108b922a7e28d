import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '../../access/roles'
import type { Issue } from '../payload-types'
import { draftSource } from '../preview/draftSource'
import { FORBIDDEN, NOT_FOUND, RequestError, SERVICE_UNAVAILABLE } from '../lib/RequestError'
import { isEditionFormat, renderEdition } from './editions'
import { PrintFontsMissing } from './fonts'

async function draftIssue(req: PayloadRequest, id: string): Promise<Issue> {
  const issue = await req.payload.findByID({ collection: 'issues', depth: 1, disableErrors: true, draft: true, id, overrideAccess: false, req })
  if (!issue) throw new RequestError(req, NOT_FOUND, { en: `There is no issue ${id}.`, zh: `没有编号为 ${id} 的期刊。` })
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
        throw new RequestError(req, FORBIDDEN, { en: 'The print preview of drafts is for staff.', zh: '草稿打印版仅供编辑部人员查看。' })
      }
      const format = req.routeParams?.format
      if (!isEditionFormat(format)) {
        throw new RequestError(req, NOT_FOUND, { en: 'The print edition comes as pdf or docx.', zh: '打印版格式只有 pdf 和 docx 两种。' })
      }
      const issue = await draftIssue(req, String(req.routeParams?.id))
      const edition = await renderEdition(req.payload, issue, format, { draft: true, source: draftSource }).catch((error: unknown) => {
        if (!(error instanceof PrintFontsMissing)) throw error
        throw new RequestError(req, SERVICE_UNAVAILABLE, {
          en: error.message,
          zh: `本机缺少打印版所需的思源（Noto CJK）字体，请安装 Debian 软件包 fonts-noto-cjk（scripts/ensure-browser.sh 会安装），或用 PRINT_FONT_DIRS 指定字体所在目录。`,
        })
      })
      return new Response(new Uint8Array(edition.body), {
        headers: { ...edition.headers, 'Cache-Control': 'private, no-store', 'Content-Type': edition.contentType },
      })
    },
  },
]
