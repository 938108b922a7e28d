import { ExternalHyperlink, FootnoteReferenceRun, Paragraph, type ParagraphChild, TextRun } from 'docx'

import type { Footnote } from '../../document/blocks'

type NoteContent = { children: Paragraph[] }

/**
 * The footnotes as real Word footnotes, each with the number as its id. Word
 * numbers footnotes by where they are cited, and each Word footnote is cited once, so a source
 * cited again gets its number as a superscript mark pointing back to the first citation's note,
 * which is how the printed edition cites it too.
 */
export class WordFootnotes {
  private readonly byNumber: Map<number, Footnote>
  private readonly placed = new Set<number>()

  constructor(footnotes: readonly Footnote[]) {
    this.byNumber = new Map(footnotes.map((note) => [note.number, note]))
  }

  marker(number: number): ParagraphChild {
    if (!this.byNumber.has(number) || this.placed.has(number)) return new TextRun({ text: String(number), style: 'FootnoteReference' })
    this.placed.add(number)
    return new FootnoteReferenceRun(number)
  }

  /** The notes for Document's `footnotes`, keyed by number: the footnote text, then its URL as a link. */
  notes(): Record<string, NoteContent> {
    return Object.fromEntries(
      [...this.byNumber.values()].filter((note) => this.placed.has(note.number)).map((note) => [String(note.number), { children: [noteParagraph(note)] }]),
    )
  }
}

function noteParagraph(note: Footnote): Paragraph {
  const children: ParagraphChild[] = [new TextRun(` ${note.text}`)]
  if (note.url) children.push(new TextRun(' '), new ExternalHyperlink({ link: note.url, children: [new TextRun({ text: note.url, style: 'Hyperlink' })] }))
  return new Paragraph({ style: 'FootnoteText', children })
}
