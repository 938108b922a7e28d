import { type FileChild, Paragraph, TableOfContents, TextRun } from 'docx'

import type { PrintIssue } from '../model'
import { STYLE } from './styles'

/** The masthead as the office prints it: year, 刊名【01】, English title, institute, office, date; then the citation line. */
export function coverChildren(issue: PrintIssue): FileChild[] {
  const lines: Array<[string, string | undefined]> = [
    [STYLE.coverYear, String(issue.year)],
    [STYLE.coverTitle, `${issue.seriesTitle}${issue.bracketNumber}`],
    [STYLE.coverTitleEn, issue.seriesTitleEn],
    [STYLE.coverPublisher, issue.publisherInstitute],
    [STYLE.coverPublisher, issue.publisherOffice],
    [STYLE.coverPublisher, issue.dateLine],
  ]
  const cover = lines.filter((line): line is [string, string] => Boolean(line[1])).map(([style, text]) => new Paragraph({ style, text }))
  if (issue.citation) {
    cover.push(new Paragraph({ style: STYLE.citation, children: [new TextRun({ text: '引用格式：', bold: true }), new TextRun(issue.citation)] }))
  }
  return cover
}

/**
 * 目录 as a Word TOC field over the section headings (Heading 1) and item titles (Heading 2).
 * docx writes the headings as the field's entries, so it reads right before Word updates it; the
 * page numbers are Word's to fill in when it does (it asks on opening).
 */
export function contentsChildren(): FileChild[] {
  return [
    new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, text: '目　录' }),
    new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }),
  ]
}
