import type { PayloadRequest } from 'payload'

import { citedFootnoteNumbers } from '../../document/blocks'
import { normalizeName } from '../../lib/names'
import type { ImportedIssue, ImportedMasthead, ImportWarning } from '../model'
import { findIssue } from './existingIssue'
import { checkTarget, findSeries, type ImportTarget } from './options'
import { sectionKey } from './sections'
import { structureWarnings } from './structureWarnings'
import { adminPath } from './summary'

/** What an import would write, for a person to check before anything is created. */
export type ImportOutline = {
  masthead: ImportedMasthead
  series: { slug: string; title: string }
  sections: {
    name: string
    recorded: boolean
    editorsNote: boolean
    items: { title: string; titleEn?: string; credits: string[]; footnotes: number; tables: number; publishedIn: boolean }[]
  }[]
  items: number
  footnotes: number
  tables: number
  credits: { name: string; items: number }[]
  warnings: ImportWarning[]
  /** The issue of that series, year and number already recorded, which the import would stop at or replace. */
  existing: { id: number | string; title: string; workflowState: string; adminPath: string } | null
}

/** The recognised structure against what is recorded: nothing is written. */
export async function outlineImport(req: PayloadRequest, imported: ImportedIssue, target: ImportTarget): Promise<ImportOutline> {
  checkTarget(req, target)
  const series = await findSeries(req, target.series)
  const existing = await findIssue(req, series, target.year, target.number)
  const { docs: recordedSections } = await req.payload.find({ collection: 'sections', depth: 0, overrideAccess: false, pagination: false, req })
  const recorded = new Set(recordedSections.map((section) => sectionKey(section.name)))

  const credits = new Map<string, { name: string; items: number }>()
  const items = imported.sections.flatMap((section) => section.items)
  for (const item of items) {
    for (const name of new Set(item.credits)) {
      const entry = credits.get(normalizeName(name)) ?? { name, items: 0 }
      entry.items += 1
      credits.set(normalizeName(name), entry)
    }
  }
  return {
    masthead: imported.masthead,
    series: { slug: series.slug ?? target.series, title: series.title },
    sections: imported.sections.map((section) => ({
      name: section.name,
      recorded: recorded.has(sectionKey(section.name)),
      editorsNote: Boolean(section.editorsNote?.length),
      items: section.items.map((item) => ({
        title: item.title,
        ...(item.titleEn ? { titleEn: item.titleEn } : {}),
        credits: item.credits,
        footnotes: citedFootnoteNumbers(item.body).size,
        tables: item.body.filter((block) => block.kind === 'table').length,
        publishedIn: item.publishedIn.length > 0,
      })),
    })),
    items: items.length,
    footnotes: imported.footnotes.length,
    tables: items.reduce((sum, item) => sum + item.body.filter((block) => block.kind === 'table').length, 0),
    credits: [...credits.values()],
    warnings: [...imported.warnings, ...structureWarnings(imported, target)],
    existing: existing
      ? { id: existing.id, title: existing.title ?? '', workflowState: existing.workflowState, adminPath: adminPath(existing.id) }
      : null,
  }
}
