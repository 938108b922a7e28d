import type { PayloadRequest } from 'payload'

import type { PublishedIn } from '../../document/blocks'
import { normalizeDOI, normalizeURL } from '../../lib/identifiers'
import { inRequestLanguage, type Translated, translated } from '../../i18n'
import { normalizeName } from '../../lib/names'
import type { Issue, Item } from '../../payload-types'
import { inTransaction } from '../../lib/inTransaction'
import { runTransition } from '../../workflow/runTransition'
import type { ImportedIssue, ImportProgress, ImportWarning } from '../model'
import { blocksToLexical } from './blocksToLexical'
import { findOrCreateContributors } from './contributors'
import { clearForImport, findIssue } from './existingIssue'
import { checkTarget, findSeries, type ImportTarget, isDay } from './options'
import { findOrCreateReferences } from './references'
import { findOrCreateSections } from './sections'
import { numberedItems, structureWarnings } from './structureWarnings'
import { adminPath, type ImportSummary, warning } from './summary'

function publishedInField(entries: readonly PublishedIn[], itemNumber: number, warnings: ImportWarning[]): Item['publishedIn'] {
  const [first] = entries
  if (!first) return undefined
  const doi = first.doi ? normalizeDOI(first.doi) : null
  const url = first.url ? normalizeURL(first.url) : null
  if ((first.doi && !doi) || (first.url && !url)) {
    const bad = first.doi && !doi ? first.doi : first.url
    warnings.push(
      warning(
        'published-in-bad-identifier',
        translated((m) => m.import.warnings.badPublishedIn({ bad, number: itemNumber })),
        { item: itemNumber },
      ),
    )
  }
  return { journal: first.journal, articleTitle: first.articleTitle ?? null, doi, url }
}

function publicationDate(imported: ImportedIssue, target: ImportTarget, warnings: ImportWarning[]): string | undefined {
  const day = target.date ?? imported.masthead.date
  if (!day) return undefined
  if (isDay(day)) return `${day}T00:00:00.000Z`
  warnings.push(
    warning('masthead-date-unreadable', translated((m) => m.import.warnings.badCoverDate({ day }))),
  )
  return undefined
}

/**
 * Writes a recognised archive issue as a draft issue, as the signed-in person of `req` would in
 * the admin (their access applies): sections matched by name or created, footnotes as references
 * (matched by web address or DOI, else created), credits as contributors (matched however the
 * name is spaced), the items in printed order. All in one transaction: on any failure, nothing
 * is written. With `published`, an administrator's back issue is then published as it was printed.
 */
export async function writeImportedIssue(
  req: PayloadRequest,
  imported: ImportedIssue,
  target: ImportTarget,
  progress: ImportProgress = () => {},
): Promise<ImportSummary> {
  checkTarget(req, target)
  const say = (stage: string, text: Translated) => progress({ stage, message: inRequestLanguage(req, text) })
  const series = await findSeries(req, target.series)
  const warnings: ImportWarning[] = [...imported.warnings, ...structureWarnings(imported, target)]
  const items = numberedItems(imported)

  return inTransaction(req, async () => {
    const existing = await clearForImport(req, await findIssue(req, series, target.year, target.number), Boolean(target.replace))

    const sections = await findOrCreateSections(req, imported.sections.map((section) => section.name))
    const newSections = sections.filter((match) => match.created).length
    say('sections', translated((m) => m.import.progress.sections({ count: sections.length, created: newSections })))

    say('footnotes', translated((m) => m.import.progress.footnotes({ count: imported.footnotes.length })))
    const references = await findOrCreateReferences(req, imported.footnotes)
    warnings.push(...references.warnings)
    say('references', translated((m) => m.import.progress.references({ created: references.created, matched: references.matched })))

    const contributors = await findOrCreateContributors(req, items.flatMap(({ item }) => item.credits))

    const issueData = {
      editors: [req.user!.id as number],
      publicationDate: publicationDate(imported, target, warnings),
      sections: sections.map((match, index) => ({
        section: match.section.id,
        editorsNote: imported.sections[index].editorsNote?.length ? blocksToLexical(imported.sections[index].editorsNote!, references.byNumber) : null,
      })),
    }
    const issue: Issue = existing
      ? await req.payload.update({ collection: 'issues', id: existing.id, data: issueData, depth: 0, draft: true, overrideAccess: false, req })
      : await req.payload.create({
          collection: 'issues',
          data: { ...issueData, series: series.id, year: target.year, number: target.number },
          depth: 0,
          draft: true,
          overrideAccess: false,
          req,
        })

    const perContributor = new Map<string, number>()
    let tables = 0
    let figures = 0
    let publishedIn = 0
    for (const { item, number, section } of items) {
      say('item', translated((m) => m.import.progress.item({ count: items.length, number, title: item.title })))
      const credited = [...new Set(item.credits.map(normalizeName).filter(Boolean))].map((key) => contributors.get(key)!.author)
      if (!credited.length && !warnings.some((entry) => entry.item === number && /credit/i.test(entry.code))) {
        warnings.push(warning('credit-missing', translated((m) => m.import.warnings.noCreditLineAfter({ number, title: item.title })), { item: number }))
      }
      credited.forEach((author) => perContributor.set(String(author.id), (perContributor.get(String(author.id)) ?? 0) + 1))
      tables += item.body.filter((block) => block.kind === 'table').length
      figures += item.body.filter((block) => block.kind === 'figure').length
      const published = publishedInField(item.publishedIn, number, warnings)
      if (published) publishedIn += 1
      const sectionIndex = imported.sections.indexOf(section)
      await req.payload.create({
        collection: 'items',
        data: {
          title: item.title,
          titleEn: item.titleEn ?? null,
          issue: issue.id,
          section: sections[sectionIndex].section.id,
          position: section.items.indexOf(item) + 1,
          body: blocksToLexical(item.body, references.byNumber),
          credits: credited.map((author) => ({ contributor: author.id, role: author.kind === 'organisation' ? ('source' as const) : ('compiled' as const) })),
          ...(published ? { publishedIn: published } : {}),
        },
        depth: 0,
        draft: true,
        overrideAccess: false,
        req,
      })
    }

    let final: Issue = issue
    if (target.published) {
      say('publish', translated((m) => m.import.progress.publishing))
      final = (await runTransition(req, { action: 'import_published', collection: 'issues', id: issue.id }, { cause: 'archive import', notify: false })) as Issue
    }

    return {
      issue: { id: final.id, title: final.title ?? '', label: final.label ?? '', workflowState: final.workflowState, adminPath: adminPath(final.id) },
      replaced: Boolean(existing),
      sections: sections.map((match, index) => ({ name: match.section.name, created: match.created, items: imported.sections[index].items.length })),
      items: items.length,
      footnotes: imported.footnotes.length,
      references: { created: references.created, matched: references.matched },
      credits: [...contributors.values()].map(({ author, created }) => ({
        name: author.displayName,
        kind: author.kind,
        created,
        items: perContributor.get(String(author.id)) ?? 0,
      })),
      tables,
      figures,
      publishedIn,
      warnings,
    }
  })
}
