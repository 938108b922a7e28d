import type { Payload } from 'payload'

import type { RenderedResponse } from '../../delivery/cache'
import { DeliveryError } from '../../delivery/errors'
import type { Issue } from '../../payload-types'
import { editionFileName } from '../fileName'
import { PrintFontsMissing } from '../fonts'
import { loadPrintIssue } from '../load'
import { issueToPDF } from '.'

/** The published issue's PDF edition as the delivery API serves it: inline, under its Chinese file name. */
export async function publishedEditionPDF(payload: Payload, issue: Issue): Promise<RenderedResponse> {
  const edition = await loadPrintIssue(payload, issue)
  const pdf = await issueToPDF(edition).catch((error: unknown) => {
    // The server is fine but cannot typeset until the fonts are installed: say which package.
    throw error instanceof PrintFontsMissing ? new DeliveryError(503, error.message) : error
  })
  return {
    body: pdf,
    contentType: 'application/pdf',
    headers: { 'Content-Disposition': `inline; ${editionFileName(edition, 'pdf')}` },
  }
}
