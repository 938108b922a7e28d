import mammoth from 'mammoth'

import { htmlToSource } from './docx/htmlToSource'
import { refuseNonWordFile, unreadableWordFile } from './docx/wordFile'
import type { SourceDocument } from './model'

const HEADING_LEVELS = [1, 2, 3, 4, 5, 6]

const STYLE_MAP = [
  // A page break (Ctrl+Enter) tells the recogniser where the cover and the 目录 end.
  "br[type='page'] => hr",
  // WPS and some localised Word installations name the built-in heading styles in Chinese.
  ...HEADING_LEVELS.map((level) => `p[style-name='标题 ${level}'] => h${level}:fresh`),
]

/** The import writes no pictures yet, so mammoth need not encode them: a placeholder keeps their place. */
const PICTURE_PLACEHOLDER = mammoth.images.imgElement(async () => ({ src: '' }))

/**
 * A Word file as the paragraph stream the recogniser reads: Word's own paragraphs, heading levels,
 * lists, tables, pictures and footnotes (numbered as printed), through mammoth's HTML.
 */
export async function readDocx(bytes: Uint8Array | Buffer): Promise<SourceDocument> {
  refuseNonWordFile(bytes)
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer }, { styleMap: STYLE_MAP, convertImage: PICTURE_PLACEHOLDER })).value
  } catch (error) {
    throw unreadableWordFile(error)
  }
  const { paragraphs, footnotes } = htmlToSource(html)
  return { format: 'docx', paragraphs, footnotes }
}
