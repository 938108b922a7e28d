import type { Issue, Item, Reference } from '../payload-types'
import { footnoteReferenceIDs } from './footnotes'

export type Footnote = { number: number; reference: number | Reference | string }

/**
 * Footnote numbers run continuously across a whole issue: share one numbering across the
 * items rendered in reading order. A reference cited again keeps its first number.
 */
export class FootnoteNumbering {
  readonly notes: Footnote[]

  /** Start from numbers frozen at an earlier publication, so a correction does not renumber. */
  constructor(frozen: readonly Footnote[] = []) {
    this.notes = frozen.map((note) => ({ ...note }))
  }

  numberFor(reference: number | Reference | string): number {
    const id = typeof reference === 'object' ? reference.id : reference
    const known = this.notes.find((note) => String(this.idOf(note)) === String(id))
    if (known) {
      if (typeof reference === 'object') known.reference = reference
      return known.number
    }
    const note = { number: Math.max(0, ...this.notes.map((known) => known.number)) + 1, reference }
    this.notes.push(note)
    return note.number
  }

  private idOf(note: Footnote): number | string {
    return typeof note.reference === 'object' ? note.reference.id : note.reference
  }
}

type FrozenFootnote = { number: number; reference: number | string }

/** An issue's numbering as frozen at its publication; citations new since then continue after it. */
export function issueNumbering(issue: Pick<Issue, 'footnoteNumbers'>): FootnoteNumbering {
  return new FootnoteNumbering((issue.footnoteNumbers ?? []) as FrozenFootnote[] as Footnote[])
}

/** The numbering publication freezes: every source the issue's items cite, in reading order, after those frozen before. */
export function numberingAtPublication(issue: Pick<Issue, 'footnoteNumbers'>, itemsInReadingOrder: Array<Pick<Item, 'body'>>): FootnoteNumbering {
  const numbering = issueNumbering(issue)
  for (const item of itemsInReadingOrder) {
    for (const reference of footnoteReferenceIDs(item.body)) numbering.numberFor(reference)
  }
  return numbering
}
