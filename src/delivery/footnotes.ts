import type { Reference } from '../payload-types'
import type { FootnoteNumbering } from '../richtext/footnoteNumbering'
import { footnoteOut } from './serializers'

/** The footnote list for what was rendered: cited references only, by number. */
export function citedFootnotes(numbering: FootnoteNumbering, cited: Set<string>) {
  return numbering.notes
    .filter((note) => typeof note.reference === 'object' && cited.has(String((note.reference as Reference).id)))
    .sort((a, b) => a.number - b.number)
    .map((note) => footnoteOut(note.number, note.reference as Reference))
}
