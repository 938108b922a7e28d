import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { translated } from '../i18n'
import { BAD_REQUEST, RequestError } from '../lib/RequestError'
import type { ImportedIssue, ImportFormat, ImportProgress, SourceDocument } from './model'
import { recogniseIssue } from './recognise'
import type { ImportTarget } from './write/options'
import type { ImportSummary } from './write/summary'
import { writeImportedIssue } from './write/writeIssue'

export type ArchiveFile = { name: string; bytes: Uint8Array }

const FORMATS: Record<string, ImportFormat> = { '.docx': 'docx', '.pdf': 'pdf', '.txt': 'txt' }

function formatOf(req: PayloadRequest, name: string): ImportFormat {
  const format = FORMATS[path.extname(name).toLowerCase()]
  if (format) return format
  throw new RequestError(req, BAD_REQUEST, translated((m) => m.import.notAFileWeRead({ name })))
}

/** Archive text files come from Word, from pdftotext or from older Chinese Windows (GB18030). */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

/** Readers load when a file of their format comes: the server need not hold pdf.js and mammoth until then. */
async function readSource(format: ImportFormat, bytes: Uint8Array): Promise<SourceDocument> {
  if (format === 'docx') return (await import('./readDocx')).readDocx(bytes)
  if (format === 'pdf') return (await import('./readPDF')).readPDF(bytes)
  return (await import('./readText')).readText(decodeText(bytes))
}

/** A reader's refusal in the language of the request, or what went wrong said as a refusal of the file. */
function unreadable(req: PayloadRequest, file: ArchiveFile, error: unknown): RequestError {
  if (error instanceof RequestError && error.data) return new RequestError(req, error.status, error.data)
  const detail = error instanceof Error ? error.message : String(error)
  return new RequestError(req, BAD_REQUEST, translated((m) => m.import.unreadable({ detail, name: file.name })))
}

/** Reads and recognises the file, writing nothing: what the admin shows before creating. */
export async function recogniseArchiveFile(req: PayloadRequest, file: ArchiveFile, progress: ImportProgress = () => {}): Promise<ImportedIssue> {
  const format = formatOf(req, file.name)
  if (file.bytes.length === 0) throw new RequestError(req, BAD_REQUEST, translated((m) => m.import.emptyFile({ name: file.name })))
  let imported: ImportedIssue
  try {
    progress({ stage: 'read', message: `${file.name} (${format}, ${Math.ceil(file.bytes.length / 1024)} KB)` })
    imported = recogniseIssue(await readSource(format, file.bytes))
  } catch (error) {
    throw unreadable(req, file, error)
  }
  if (!imported.sections.some((section) => section.items.length > 0)) {
    throw new RequestError(req, BAD_REQUEST, translated((m) => m.import.noItems({ name: file.name })))
  }
  return imported
}

/** read → recognise → write: the whole import of one archive file, as the person of `req`. */
export async function importArchiveFile(
  req: PayloadRequest,
  file: ArchiveFile,
  target: ImportTarget,
  progress: ImportProgress = () => {},
): Promise<ImportSummary> {
  const imported = await recogniseArchiveFile(req, file, progress)
  return writeImportedIssue(req, imported, target, progress)
}
