import { type Block, type Inline, plainText, type PublishedIn } from '../../document/blocks'
import type { ImportedItem, ImportedSection } from '../model'
import { blocksOf } from './blocks'
import type { Contents } from './contents'
import { bannerName } from './contents'
import { creditLine, trailingCredit } from './credits'
import { publishedInLine } from './publishedIn'
import { editorsNoteLabel } from './roles'
import type { TitleMark } from './titles'
import { hasCJK, sliceInlines, titleEndsClosed, withoutFootnotes } from './text'
import { isText, type TextUnit, type Unit, withInlines } from './units'

/**
 * The body split into sections and items: a title starts an item (in its 目录 section, else the
 * section of the last banner), a banner starts a section, a 编者按 label collects the section's
 * note up to the next title. An item's closing credit line and published-in lines become data.
 */

export const UNSECTIONED = '其他'

export type AssembledItem = ImportedItem & { section: string; inContents: boolean; cellCounts: number[][] }
export type Assembly = { sections: ImportedSection[]; items: AssembledItem[]; orphans: string[] }

type Draft = { title: TextUnit; section: string; inContents: boolean; units: Unit[] }

function isEnglishTitle(unit: Unit | undefined): unit is TextUnit {
  return isText(unit) && unit.role === 'running' && !hasCJK(unit.text) && /[A-Za-z]/.test(unit.text) && unit.text.length <= 200 && !titleEndsClosed(unit.text.replace(/[.]$/, ''))
}

/** Footnote markers printed in a title travel to the end of the item's first paragraph: a title here is plain text. */
function withTitleMarkers(blocks: Block[], markers: Inline[]): Block[] {
  if (markers.length === 0) return blocks
  const first = blocks.find((block) => block.kind === 'paragraph')
  if (first && first.kind === 'paragraph') first.children = [...first.children, ...markers]
  else blocks.unshift({ kind: 'paragraph', children: markers })
  return blocks
}

function finish(draft: Draft): AssembledItem {
  const credits: string[] = []
  const publishedIn: PublishedIn[] = []
  let units = [...draft.units]
  let titleEn: string | undefined
  if (isEnglishTitle(units[0])) {
    titleEn = units[0].text
    units = units.slice(1)
  }
  const kept: Unit[] = []
  for (const unit of units) {
    if (isText(unit) && unit.role === 'credit') credits.push(...(creditLine(unit.text) ?? []))
    else if (isText(unit) && unit.role === 'publishedIn') publishedIn.push(publishedInLine(unit.text)!)
    else kept.push(unit)
  }
  const lastIndex = kept.length - 1
  const last = kept[lastIndex]
  if (credits.length === 0 && isText(last) && last.role === 'running') {
    const trailing = trailingCredit(last.text)
    if (trailing) {
      credits.push(...trailing.names)
      kept[lastIndex] = withInlines(last, sliceInlines(last.inlines, 0, trailing.before.length))
    }
  }
  const titleMarkers = draft.title.inlines.filter((inline) => inline.kind === 'footnote')
  return {
    title: plainText(withoutFootnotes(draft.title.inlines)).trim(),
    ...(titleEn ? { titleEn } : {}),
    body: withTitleMarkers(blocksOf(kept), titleMarkers),
    credits,
    publishedIn,
    section: draft.section,
    inContents: draft.inContents,
    cellCounts: kept.flatMap((unit) => (unit.kind === 'table' ? [unit.rows.map((row) => row.cells.length)] : [])),
  }
}

export function assemble(units: readonly Unit[], order: readonly number[], titles: readonly TitleMark[], contents: Contents | undefined): Assembly {
  const titleAt = new Map(titles.map((title) => [title.index, title]))
  const drafts: Draft[] = []
  const notes = new Map<string, Block[]>()
  const orphans: string[] = []
  let bannerSection: string | undefined
  let current: Draft | undefined
  let note: Unit[] | undefined
  const closeNote = (section: string) => {
    if (note && note.length > 0) notes.set(section, [...(notes.get(section) ?? []), ...blocksOf(note)])
    note = undefined
  }
  for (const index of order) {
    const unit = units[index]!
    const title = titleAt.get(index)
    if (title) {
      const section = title.entry?.section ?? bannerSection ?? current?.section ?? UNSECTIONED
      closeNote(section)
      current = { title: unit as TextUnit, section, inContents: !!title.entry, units: [] }
      drafts.push(current)
    } else if (isText(unit) && unit.role === 'banner') {
      bannerSection = bannerName(unit.text, contents?.sections ?? [])
      current = undefined
    } else if (isText(unit) && unit.role === 'editorsNote') {
      const rest = editorsNoteLabel(unit.text)!.rest
      note = rest ? [withInlines(unit, sliceInlines(unit.inlines, unit.text.length - rest.length))] : []
      current = undefined
    } else if (note) note.push(unit)
    else if (current) current.units.push(unit)
    else if (isText(unit)) orphans.push(unit.text)
  }
  const items = drafts.map(finish)
  const names = [...(contents?.sections ?? []), ...items.map((item) => item.section)].filter((name, at, all) => all.indexOf(name) === at)
  const sections: ImportedSection[] = names
    .map((name) => ({
      name,
      ...(notes.has(name) ? { editorsNote: notes.get(name)! } : {}),
      items: items.filter((item) => item.section === name).map(({ section: _section, inContents: _inContents, cellCounts: _cellCounts, ...item }) => item),
    }))
    .filter((section) => section.items.length > 0 || section.editorsNote)
  return { sections, items, orphans }
}
