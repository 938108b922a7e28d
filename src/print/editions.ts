import type { Payload } from 'payload'

import type { ContentSource } from '../delivery/published'
import type { Issue } from '../payload-types'
import { editionFileName } from './fileName'
import { loadPrintIssue } from './load'
import { typeset } from './typesetter'
import type { EditionFormat } from './writers'

export type { EditionFormat } from './writers'

/** The printed editions: the PDF opens in the browser, the Word file is downloaded to be edited. */
export const editionFormats = {
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', disposition: 'attachment' },
  pdf: { contentType: 'application/pdf', disposition: 'inline' },
} as const satisfies Record<EditionFormat, unknown>

export const isEditionFormat = (format: unknown): format is EditionFormat => typeof format === 'string' && Object.hasOwn(editionFormats, format)

export type Edition = { body: Buffer; contentType: string; headers: { 'Content-Disposition': string } }

/**
 * An issue's edition as a response body with its type and file name: the published record for the
 * delivery API, or the newest drafts (`source`, `draft`) for the staff's 打印版. Throws
 * PrintFontsMissing when this machine cannot typeset; each caller answers that in its own terms.
 */
export async function renderEdition(
  payload: Payload,
  issue: Issue,
  format: EditionFormat,
  options: { draft?: boolean; source?: ContentSource } = {},
): Promise<Edition> {
  const { contentType, disposition } = editionFormats[format]
  const printed = await loadPrintIssue(payload, issue, options)
  return {
    body: await typeset(format, printed),
    contentType,
    headers: { 'Content-Disposition': `${disposition}; ${editionFileName(printed, format, { draft: options.draft })}` },
  }
}
