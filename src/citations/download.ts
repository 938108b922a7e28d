import type { Issue, Item } from '../payload-types'
import { type CitationFormat, citationFile, citationFormats } from './files'
import { itemRecord } from './record'

const SAFE_FILE_NAME = /^[a-z0-9-]+$/

/** An item's citation as a file for a reference manager, named after the item's slug. */
export async function citationDownload(item: Item, issue: Issue, format: CitationFormat) {
  const { contentType, extension } = citationFormats[format]
  const name = item.slug && SAFE_FILE_NAME.test(item.slug) ? item.slug : `item-${item.id}`
  return {
    body: await citationFile(itemRecord(item, issue), format),
    // The cache hands the route bytes, so the charset of the UTF-8 text is said here.
    contentType: `${contentType}; charset=utf-8`,
    headers: { 'Content-Disposition': `attachment; filename="${name}.${extension}"` },
  }
}

/** The refusal of an unknown format names the ones there are. */
export const citationFormatList = Object.keys(citationFormats).join(', ')
