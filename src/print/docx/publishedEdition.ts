import type { Payload } from 'payload'

import type { RenderedResponse } from '../../delivery/cache'
import type { Issue } from '../../payload-types'
import { editionFileName } from '../fileName'
import { loadPrintIssue } from '../load'
import { issueToDocx } from './issueToDocx'

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The published issue's Word edition as the delivery API serves it: a download under its Chinese file name. */
export async function publishedEditionDocx(payload: Payload, issue: Issue): Promise<RenderedResponse> {
  const edition = await loadPrintIssue(payload, issue)
  return {
    body: await issueToDocx(edition),
    contentType: DOCX_TYPE,
    headers: { 'Content-Disposition': `attachment; ${editionFileName(edition, 'docx')}` },
  }
}
