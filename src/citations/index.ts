import type { Issue, Item } from '../payload-types'
import { type Edition, gbt7714, PRINT } from './gbt7714'
import { issueFields, itemFields } from './record'

export { citationDownload, citationFormatList } from './download'
export { citationFile, citationFormats, type CitationFormat, isCitationFormat } from './files'
export { type Edition, online, PRINT } from './gbt7714'
export { type CslRecord, issueRecord, itemRecord } from './record'

/**
 * An item's GB/T 7714-2015 line: 黄健, 陈思远. 题名[J/OL]. 能源材料动态, 2026(1)[2026-03-20]. URL.
 * `issue` must carry its series (depth ≥ 1); the item its credits' contributors.
 */
export function itemCitation(item: Item, issue: Issue, edition: Edition): string {
  return gbt7714(itemFields(item, issue), edition)
}

/** The issue's GB/T 7714-2015 line; the printed edition's by default: 能源材料动态[J]. 2026(1). 某所科研与规划处, 2026. */
export function issueCitation(issue: Issue, edition: Edition = PRINT): string {
  return gbt7714(issueFields(issue), edition)
}
