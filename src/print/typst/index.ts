import { readFileSync } from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../lib/env'
import type { PrintIssue } from '../model'
import { compilePDF } from './compiler'
import { typstIssueData } from './issueData'

let template: string | undefined

/**
 * Read on first use, not at import: the admin's Next build bundles the Payload config (and so
 * this module) without ever typesetting, and a file read at load time breaks that build. Found from
 * the project root, as every process runs from it, since the bundled server lives in dist/.
 */
function bulletinTemplate(): string {
  template ??= readFileSync(path.join(projectRoot, 'src', 'print', 'typst', 'bulletin.typ'), 'utf8')
  return template
}

/** The issue as the office's printed bulletin: an A4 PDF typeset by Typst, fonts embedded. */
export async function issueToPDF(issue: PrintIssue): Promise<Buffer> {
  const { data, files } = await typstIssueData(issue)
  return compilePDF(bulletinTemplate(), { issue: data }, files)
}
