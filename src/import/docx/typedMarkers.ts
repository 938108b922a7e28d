import type { Inline } from '../../document/blocks'

const TYPED_MARKER = /^\s*[[［]?(\d{1,3})[\]］]?\s*$/
// After a digit, a Latin letter or a bracket a superscript number may be an exponent: m², 10⁶, (x+1)².
const EXPONENT_BASE = /[0-9A-Za-z)\]]$/
// …and it is one when the unit goes on after it: m²/g, cm³·s.
const UNIT_GOES_ON = /^[/·.A-Za-z0-9]/

/**
 * A Word file without notes of its own may still have footnotes: typed as superscript numbers in
 * the text, the notes typed as lines ("¹ Title. https://…"), as in files converted from a PDF or
 * made before the office used Word's footnotes. The markers become footnote inlines, as a text
 * layer's superscript digits do; the recogniser then takes the note lines as it does for a PDF.
 * Markers are numbered across the issue, so after a letter or a digit only the next number is
 * taken for one, and only if no unit goes on after it.
 */
export class TypedMarkers {
  private highest = 0

  apply(inlines: readonly Inline[]): Inline[] {
    return inlines.map((inline, index) => {
      if (inline.kind !== 'text' || !inline.superscript) return inline
      const marker = TYPED_MARKER.exec(inline.text)
      if (!marker) return inline
      const number = Number(marker[1])
      const previous = inlines[index - 1]
      const next = inlines[index + 1]
      const before = previous?.kind === 'text' ? previous.text : ''
      const after = next?.kind === 'text' ? next.text : ''
      const afterExponentBase = EXPONENT_BASE.test(before)
      if (afterExponentBase && (number !== this.highest + 1 || UNIT_GOES_ON.test(after))) return inline
      this.highest = Math.max(this.highest, number)
      return { kind: 'footnote', number }
    })
  }
}
