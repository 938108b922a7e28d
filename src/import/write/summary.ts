import type { ImportWarning } from '../model'

/** What one import wrote, for the command's output and the admin page. */
export type ImportSummary = {
  issue: { id: number | string; title: string; label: string; workflowState: string; adminPath: string }
  /** The draft this import rewrote (--replace), if it did. */
  replaced: boolean
  sections: { name: string; created: boolean; items: number }[]
  items: number
  footnotes: number
  references: { created: number; matched: number }
  credits: { name: string; kind: 'organisation' | 'person'; created: boolean; items: number }[]
  tables: number
  figures: number
  publishedIn: number
  warnings: ImportWarning[]
}

export function adminPath(issueID: number | string): string {
  return `/admin/collections/issues/${issueID}`
}

export function warning(code: string, message: ImportWarning['message'], where: Pick<ImportWarning, 'footnote' | 'item'> = {}): ImportWarning {
  return { code, message, ...where }
}
