import { translated } from '../../i18n'
import { BAD_REQUEST, RequestError } from '../../lib/RequestError'

const ZIP = [0x50, 0x4b, 0x03, 0x04] // every .docx is a zip archive
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] // Word 97–2003 .doc

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte)

/** Refuses, before mammoth sees it, a file that cannot be a Word document, saying what it is instead. */
export function refuseNonWordFile(bytes: Uint8Array): void {
  if (bytes.length === 0) {
    throw new RequestError(undefined, BAD_REQUEST, translated((m) => m.import.word.empty))
  }
  if (startsWith(bytes, ZIP)) return
  if (startsWith(bytes, PDF)) {
    throw new RequestError(undefined, BAD_REQUEST, translated((m) => m.import.word.isAPDF))
  }
  if (startsWith(bytes, OLE)) {
    throw new RequestError(undefined, BAD_REQUEST, translated((m) => m.import.word.oldWord))
  }
  throw new RequestError(undefined, BAD_REQUEST, translated((m) => m.import.word.notWord))
}

/** What mammoth's failure on a zip archive means for the person importing it. */
export function unreadableWordFile(error: unknown): RequestError {
  const detail = error instanceof Error ? error.message : String(error)
  if (/main document part/i.test(detail)) {
    return new RequestError(undefined, BAD_REQUEST, translated((m) => m.import.word.zipNotWord))
  }
  return new RequestError(undefined, BAD_REQUEST, translated((m) => m.import.word.damaged({ detail })))
}
