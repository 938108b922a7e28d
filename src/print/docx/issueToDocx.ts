import { Document, type FileChild, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx'

import type { Block } from '../../document/blocks'
import type { PrintIssue, PrintItem, PrintSection } from '../model'
import { blockChildren, ListInstances } from './blocks'
import { contentsChildren, coverChildren } from './cover'
import { WordFootnotes } from './footnotes'
import { inlineRuns } from './inlines'
import { numbering, PAGE, STYLE, styles } from './styles'

const DRAFT = '草稿'

type Writers = { footnotes: WordFootnotes; lists: ListInstances }

/** 【编者按】 leads the note's first paragraph, as printed; a note that opens otherwise gets it on its own line. */
async function editorsNote(blocks: readonly Block[], writers: Writers): Promise<FileChild[]> {
  if (!blocks.length) return []
  const lead = new TextRun({ text: '【编者按】', bold: true, font: { eastAsia: 'SimHei' } })
  const [first, ...rest] = blocks
  if (first.kind !== 'paragraph') {
    return [new Paragraph({ style: STYLE.editorsNote, children: [lead] }), ...(await blockChildren(blocks, writers.footnotes, writers.lists, STYLE.editorsNote))]
  }
  return [
    new Paragraph({ style: STYLE.editorsNote, children: [lead, ...inlineRuns(first.children, writers.footnotes)] }),
    ...(await blockChildren(rest, writers.footnotes, writers.lists, STYLE.editorsNote)),
  ]
}

async function itemChildren(item: PrintItem, writers: Writers): Promise<FileChild[]> {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: item.title }),
    ...(await blockChildren(item.body, writers.footnotes, writers.lists)),
    ...(item.publishedInLine ? [new Paragraph({ style: STYLE.publishedIn, text: item.publishedInLine })] : []),
    ...(item.creditLine ? [new Paragraph({ style: STYLE.credit, text: item.creditLine })] : []),
  ]
}

async function sectionChildren(section: PrintSection, writers: Writers): Promise<FileChild[]> {
  const children: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, text: `◆ ${section.name}` }), ...(await editorsNote(section.editorsNote, writers))]
  for (const item of section.items) children.push(...(await itemChildren(item, writers)))
  return children
}

function runningHeader(issue: PrintIssue): Header {
  const text = `${issue.seriesTitle}　${issue.label}`
  return new Header({
    children: [new Paragraph({ style: STYLE.header, children: [...(issue.draft ? [new TextRun({ text: `${DRAFT}　`, bold: true, color: 'C00000' })] : []), new TextRun(text)] })],
  })
}

const pageNumberFooter = () => new Footer({ children: [new Paragraph({ style: STYLE.footer, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] })

const page = { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.marginTopBottom, bottom: PAGE.marginTopBottom, left: PAGE.marginLeftRight, right: PAGE.marginLeftRight } }

/**
 * The issue as a Word file with the printed edition's structure, for the office to edit a copy:
 * the cover and 目录 in a section of their own, then the sections and items with the running header
 * and page numbers counting from the first item's page, as the printed edition counts them.
 */
export async function issueToDocx(issue: PrintIssue): Promise<Buffer> {
  const writers: Writers = { footnotes: new WordFootnotes(issue.footnotes), lists: new ListInstances() }
  const body: FileChild[] = []
  for (const section of issue.sections) body.push(...(await sectionChildren(section, writers)))
  const draftHeader = new Header({ children: [new Paragraph({ style: STYLE.header, children: [new TextRun({ text: DRAFT, bold: true, color: 'C00000' })] })] })

  const document = new Document({
    title: `${issue.seriesTitle} ${issue.label}${issue.draft ? ` ${DRAFT}` : ''}`,
    creator: [issue.publisherInstitute, issue.publisherOffice].filter(Boolean).join(' '),
    description: issue.citation,
    styles,
    numbering,
    footnotes: writers.footnotes.notes(),
    sections: [
      { properties: { page }, ...(issue.draft ? { headers: { default: draftHeader } } : {}), children: [...coverChildren(issue), ...contentsChildren()] },
      {
        properties: { page: { ...page, pageNumbers: { start: 1 } } },
        headers: { default: runningHeader(issue) },
        footers: { default: pageNumberFooter() },
        children: body,
      },
    ],
  })
  return Packer.toBuffer(document)
}
