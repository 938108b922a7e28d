import type { Translated } from '../i18n'
import type { Block, Footnote, Inline, PublishedIn, TableRow } from '../document/blocks'

/**
 * What a reader of an archive file (text layer of a PDF, plain text, Word) recognised in it,
 * before anything is written: the structure the admin shows for checking, and what the writer
 * turns into a draft issue. Footnote numbers are those printed in the file, across the issue.
 */
export type ImportedItem = {
  title: string
  titleEn?: string
  body: Block[]
  /** The names in the closing credit line as printed, e.g. ['黄 健'] or ['科技日报', '中国日报']. */
  credits: string[]
  publishedIn: PublishedIn[]
}

export type ImportedSection = {
  name: string
  /** The 编者按 at the head of the section, without its label. */
  editorsNote?: Block[]
  items: ImportedItem[]
}

/** The cover as recognised, for checking against what the person running the import said. */
export type ImportedMasthead = {
  seriesTitle?: string
  seriesTitleEn?: string
  year?: number
  number?: number
  publisherInstitute?: string
  publisherOffice?: string
  /** yyyy-mm-dd */
  date?: string
}

/** Something a person should look at, with where it is: "footnote 7 is never cited in the text". */
export type ImportWarning = { code: string; message: Translated; item?: number; footnote?: number }

export type ImportedIssue = {
  masthead: ImportedMasthead
  sections: ImportedSection[]
  footnotes: Footnote[]
  warnings: ImportWarning[]
}

export type ImportFormat = 'docx' | 'pdf' | 'txt'

/** Progress while reading and writing: which item, how many footnotes so far. */
export type ImportProgress = (event: { stage: string; message: string }) => void

/**
 * One paragraph of an archive file in reading order, as the reader of its format found it. A text
 * layer (PDF, .txt) gives lines with page furniture, footnote lines and breaks mid-sentence mixed
 * in; a Word file gives real paragraphs with styles. The recogniser turns either into an issue.
 */
export type SourceParagraph =
  | {
      kind: 'text'
      /** Footnote markers already as footnote inlines; superscript digits of a text layer become them. */
      inlines: Inline[]
      /** What the format itself says: a Word heading level, a list paragraph, bold throughout. */
      style?: { heading?: number; listItem?: boolean; ordered?: boolean; bold?: boolean; pageBreakBefore?: boolean }
    }
  | { kind: 'table'; rows: TableRow[] }
  | { kind: 'image' }

export type SourceDocument = {
  format: ImportFormat
  paragraphs: SourceParagraph[]
  /** A Word file's own footnotes; a text layer has none here, its footnote lines are in `paragraphs`. */
  footnotes?: Footnote[]
}
