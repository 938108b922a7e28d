import { issueToDocx } from './docx'
import type { PrintIssue } from './model'
import { issueToPDF } from './typst'

/** The writer of each printed edition, from the one model of the issue. */
export const writers = { docx: issueToDocx, pdf: issueToPDF } as const

export type EditionFormat = keyof typeof writers

export type EditionWriterMessage = { id: number; format: EditionFormat; printed: PrintIssue }

export type TypesetReply =
  | { id: number; body: Buffer | Uint8Array }
  | { id: number; error: { name: string; message: string; details: Record<string, unknown> } }
