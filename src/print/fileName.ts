import type { PrintIssue } from './model'

/**
 * The Content-Disposition file name of an edition: the Chinese name the office files it under
 * (先进材料动态信息2026【01】.pdf), with an ASCII fallback for clients that ignore `filename*`.
 */
export function editionFileName(issue: PrintIssue, extension: string, { draft = false } = {}): string {
  const number = String(issue.number).padStart(2, '0')
  const ascii = `bulletin-${issue.year}-${number}${draft ? '-draft' : ''}.${extension}`
  const chinese = `${issue.seriesTitle}${issue.label}${draft ? '（草稿）' : ''}.${extension}`
  return `filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese)}`
}
