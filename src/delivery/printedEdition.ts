import type { Payload } from 'payload'

import type { Issue } from '../payload-types'
import { type EditionFormat, renderEdition } from '../print/editions'
import { PrintFontsMissing } from '../print/fonts'
import { DeliveryError } from './errors'

/** A published issue's printed edition as the delivery API serves it, under its Chinese file name. */
export async function publishedEdition(payload: Payload, issue: Issue, format: EditionFormat) {
  return renderEdition(payload, issue, format).catch((error: unknown) => {
    // The server is fine but cannot typeset until the fonts are installed: say which package.
    throw error instanceof PrintFontsMissing ? new DeliveryError(503, error.message) : error
  })
}
