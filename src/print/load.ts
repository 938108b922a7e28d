import type { Payload } from 'payload'

import { issueCitation } from '../citations'
import { figureCounter, lexicalToBlocks, type ReadContext } from '../document/fromLexical'
import { citedFootnoteNumbers, type Footnote } from '../document/blocks'
import { type ContentSource, publishedSource } from '../delivery/published'
import { creditLine } from '../lib/credits'
import { doiURL } from '../lib/identifiers'
import { issueLabel } from '../lib/issueLabel'
import { chineseDate, isoDay } from '../lib/officeDay'
import { inReadingOrder } from '../lib/readingOrder'
import { relationID } from '../lib/relationID'
import type { Author, Issue, Item, Reference, Series } from '../payload-types'
import { issueNumbering } from '../richtext/footnoteNumbering'
import type { PrintIssue, PrintItem } from './model'

/** "上述研究工作发表在 Nature（文章标题：…）。", the office's closing line for a reported paper. */
export function publishedInLine(publishedIn: Item['publishedIn']): string {
  const journal = publishedIn?.journal?.trim()
  if (!journal) return ''
  const title = publishedIn?.articleTitle?.trim()
  return `上述研究工作发表在 ${journal}${title ? `（文章标题：${title}）` : ''}。`
}

function footnoteOf(number: number, reference: Reference): Footnote {
  const source = reference.sourceOrganisation?.trim()
  const url = reference.url || (reference.doi ? doiURL(reference.doi) : undefined)
  return {
    number,
    text: source ? `${source}：${reference.title}` : reference.title,
    ...(url ? { url } : {}),
    ...(reference.doi ? { doi: reference.doi } : {}),
  }
}

function printItem(item: Item, context: ReadContext): PrintItem {
  return {
    id: item.id,
    title: item.title,
    ...(item.titleEn ? { titleEn: item.titleEn } : {}),
    body: lexicalToBlocks(item.body, { ...context, figures: figureCounter() }),
    publishedInLine: publishedInLine(item.publishedIn),
    creditLine: creditLine(
      (item.credits ?? []).map((credit) => ({
        contributor: typeof credit.contributor === 'object' ? (credit.contributor as Author) : undefined,
        role: credit.role,
      })),
    ),
  }
}

/**
 * The issue as the printed edition lays it out: sections in the editor's order with their
 * editor's notes, items in order, footnotes numbered as the delivery API numbers them (frozen at
 * publication, continued for citations added by a correction). `source` is the published record,
 * or the newest drafts for the staff's print preview.
 */
export async function loadPrintIssue(
  payload: Payload,
  issue: Issue,
  { source = publishedSource, draft = false }: { source?: ContentSource; draft?: boolean } = {},
): Promise<PrintIssue> {
  const items = inReadingOrder(issue, await source.itemsOfIssue(payload, issue, true))
  const sectionIDs = (issue.sections ?? []).map((row) => relationID(row.section as never)).filter((id) => id !== undefined)
  const sections = new Map((await source.sectionsByID(payload, sectionIDs)).map((section) => [String(section.id), section]))
  const series = issue.series as Series
  const numbering = issueNumbering(issue)
  const context: ReadContext = { footnotes: numbering, figures: figureCounter() }

  const printSections = (issue.sections ?? []).flatMap((row) => {
    const section = sections.get(String(relationID(row.section as never)))
    if (!section) return []
    return [
      {
        name: section.name,
        ...(section.nameEn ? { nameEn: section.nameEn } : {}),
        editorsNote: lexicalToBlocks(row.editorsNote, context),
        items: items
          .filter((item) => String(relationID(item.section as never)) === String(section.id))
          .map((item) => printItem(item, context)),
      },
    ]
  })

  const cited = new Set<number>()
  for (const section of printSections) {
    citedFootnoteNumbers(section.editorsNote, cited)
    for (const item of section.items) citedFootnoteNumbers(item.body, cited)
  }
  const footnotes = numbering.notes
    .filter((note) => cited.has(note.number) && typeof note.reference === 'object')
    .sort((a, b) => a.number - b.number)
    .map((note) => footnoteOf(note.number, note.reference as Reference))

  return {
    id: issue.id,
    seriesTitle: series.title,
    ...(series.titleEn ? { seriesTitleEn: series.titleEn } : {}),
    year: issue.year,
    number: issue.number,
    label: issue.label || issueLabel(issue.year, issue.number, series.issueLabelStyle ?? undefined),
    bracketNumber: `【${String(issue.number).padStart(2, '0')}】`,
    publisherInstitute: series.publisherInstitute,
    ...(series.publisherOffice ? { publisherOffice: series.publisherOffice } : {}),
    ...(issue.publicationDate ? { publicationDate: isoDay(new Date(issue.publicationDate)) } : {}),
    dateLine: issue.publicationDate ? chineseDate(new Date(issue.publicationDate)) : '',
    citation: issueCitation(issue),
    sections: printSections,
    footnotes,
    draft,
  }
}
