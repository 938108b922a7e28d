import { readFileSync } from 'node:fs'

import type { PrintIssue } from '../model'
import { compilePDF } from './compiler'
import { typstIssueData } from './issueData'

const TEMPLATE = readFileSync(new URL('./bulletin.typ', import.meta.url), 'utf8')

/** The issue as the office's printed bulletin: an A4 PDF typeset by Typst, fonts embedded. */
export async function issueToPDF(issue: PrintIssue): Promise<Buffer> {
  const { data, files } = await typstIssueData(issue)
  return compilePDF(TEMPLATE, { issue: data }, files)
}
