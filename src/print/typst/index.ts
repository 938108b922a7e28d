import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import type { PrintIssue } from '../model'
import { compilePDF } from './compiler'
import { typstIssueData } from './issueData'

let template: string | undefined

/**
 * Read on first use, not at import: the admin's Next build bundles the Payload config (and so
 * this module) without ever typesetting, and a file read at load time breaks that build.
 */
function bulletinTemplate(): string {
  template ??= readFileSync(fileURLToPath(new URL('./bulletin.typ', import.meta.url)), 'utf8')
  return template
}

/** The issue as the office's printed bulletin: an A4 PDF typeset by Typst, fonts embedded. */
export async function issueToPDF(issue: PrintIssue): Promise<Buffer> {
  const { data, files } = await typstIssueData(issue)
  return compilePDF(bulletinTemplate(), { issue: data }, files)
}
