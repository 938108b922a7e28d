import { BAD_REQUEST, RequestError } from '../../lib/RequestError'

const ZIP = [0x50, 0x4b, 0x03, 0x04] // every .docx is a zip archive
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] // Word 97–2003 .doc

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte)

/** Refuses, before mammoth sees it, a file that cannot be a Word document, saying what it is instead. */
export function refuseNonWordFile(bytes: Uint8Array): void {
  if (bytes.length === 0) {
    throw new RequestError(undefined, BAD_REQUEST, { en: 'The file is empty.', zh: '文件为空。' })
  }
  if (startsWith(bytes, ZIP)) return
  if (startsWith(bytes, PDF)) {
    throw new RequestError(undefined, BAD_REQUEST, {
      en: 'This file is a PDF, not a Word document: import it as a .pdf file.',
      zh: '该文件是 PDF，不是 Word 文档：请按 .pdf 文件导入。',
    })
  }
  if (startsWith(bytes, OLE)) {
    throw new RequestError(undefined, BAD_REQUEST, {
      en: 'This is an old Word 97–2003 (.doc) file, which cannot be read: open it in Word, save it as .docx and import that.',
      zh: '这是旧版 Word 97–2003（.doc）文件，无法读取：请在 Word 中另存为 .docx 后再导入。',
    })
  }
  throw new RequestError(undefined, BAD_REQUEST, {
    en: 'This file is not a Word (.docx) document.',
    zh: '该文件不是 Word（.docx）文档。',
  })
}

/** What mammoth's failure on a zip archive means for the person importing it. */
export function unreadableWordFile(error: unknown): RequestError {
  const detail = error instanceof Error ? error.message : String(error)
  if (/main document part/i.test(detail)) {
    return new RequestError(undefined, BAD_REQUEST, {
      en: 'This is a zip archive but not a Word document: it has no word/document.xml.',
      zh: '该文件是 zip 压缩包，但不是 Word 文档：其中没有 word/document.xml。',
    })
  }
  return new RequestError(undefined, BAD_REQUEST, {
    en: `The Word document could not be read; it may be damaged (${detail}).`,
    zh: `无法读取该 Word 文档，文件可能已损坏（${detail}）。`,
  })
}
