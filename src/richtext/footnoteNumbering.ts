import type { Reference } from '../payload-types'

export type Footnote = { number: number; reference: number | Reference | string }

/**
 * Footnote numbers run continuously across a whole issue: share one numbering across the
 * items rendered in reading order. A reference cited again keeps its first number.
 */
export class FootnoteNumbering {
  readonly notes: Footnote[] = []

  numberFor(reference: number | Reference | string): number {
    const id = typeof reference === 'object' ? reference.id : reference
    const known = this.notes.find((note) => String(this.idOf(note)) === String(id))
    if (known) {
      if (typeof reference === 'object') known.reference = reference
      return known.number
    }
    const note = { number: this.notes.length + 1, reference }
    this.notes.push(note)
    return note.number
  }

  private idOf(note: Footnote): number | string {
    return typeof note.reference === 'object' ? note.reference.id : note.reference
  }
}
