import type { Footnote, Inline } from '../../document/blocks'
import { findDOI, findURL } from '../../lib/identifiers'
import { endsClosed, footnoteNumbersIn, hasCJK } from './text'
import { isText, type TextUnit, type Unit } from './units'

/**
 * Footnote lines of a text layer, at the bottom of the page where they are cited: a superscript
 * number ("¹ 中国科学院院刊，2022（3）。") or a plain one ("1 Title. https://…"), maybe with a
 * continuation line (the URL, in <…> or wrapped). They leave the running text and become footnotes.
 */

const PLAIN_NUMBER = /^(\d{1,3})[\s.、．]\s*(\S.*)$/
const URL_PIECE = /^<?\s*(?:https?:\/\/|www\.|doi:\s*)?[\w\-./?=&%#~:+@;,!$*'()[\]]+>?$/i
const URL_START = /^<?\s*(?:https?:\/\/|www\.|doi:)/i
const NUMBERED_HEADING_LIKE = /^\d{1,3}(\.\d{1,2})*\s+\S/

export type FootnoteLine = { number: number; text: string }

/**
 * The number and text of a footnote line, or undefined. A plain "N text" line counts only when
 * marker N is cited and still without its footnote, and the line reads like a source (a URL, a
 * DOI, a closed sentence) rather than a numbered sub-heading like "1 我国新材料产业集群的空间分布".
 */
function footnoteLine(unit: TextUnit, pending: Set<number>): FootnoteLine | undefined {
  const [first, ...rest] = unit.inlines
  if (first?.kind === 'footnote' && rest.length > 0 && unit.text.length > 0) {
    return { number: first.number, text: unit.text.trim() }
  }
  const plain = PLAIN_NUMBER.exec(unit.text)
  if (!plain || unit.inlines.some((inline) => inline.kind === 'footnote')) return undefined
  const number = Number(plain[1])
  const body = plain[2]!
  if (!pending.has(number)) return undefined
  const readsLikeSource = findURL(body) !== undefined || findDOI(body) !== undefined || endsClosed(body)
  if (!readsLikeSource) return undefined
  if (NUMBERED_HEADING_LIKE.test(unit.text) && !findURL(body) && !findDOI(body) && body.length <= 12) return undefined
  return { number, text: body.trim() }
}

/** A following line that continues the footnote: its URL on a line of its own, or the rest of a wrapped URL. */
function continuation(footnote: FootnoteLine, next: Unit | undefined): string | undefined {
  if (!isText(next) || hasCJK(next.text) || next.inlines.some((inline) => inline.kind === 'footnote')) return undefined
  const text = next.text.trim()
  if (!URL_PIECE.test(text)) return undefined
  const endsInURL = /https?:\/\/\S+$/.test(footnote.text) && !/[>)）。]$/.test(footnote.text)
  if (URL_START.test(text)) return endsInURL ? undefined : ' '
  return endsInURL ? '' : undefined
}

function asFootnote(line: FootnoteLine): Footnote {
  const unbracketed = line.text.replace(/<\s*(https?:\/\/[^>\s]+)\s*>/g, '$1')
  const url = findURL(unbracketed)
  const doi = findDOI(unbracketed) ?? (url && /doi\.org\//i.test(url) ? findDOI(url.replace(/^.*doi\.org\//i, '')) : undefined)
  return { number: line.number, text: line.text, ...(url ? { url } : {}), ...(doi ? { doi } : {}) }
}

/**
 * Finds the footnote lines among the units, in order. Returns the footnotes and the indexes of
 * the units they took (footnote lines and their continuations) for the caller to drop.
 */
export function takeFootnoteLines(units: readonly Unit[], skip: ReadonlySet<number>): { footnotes: Footnote[]; taken: Set<number> } {
  const footnotes = new Map<number, Footnote>()
  const taken = new Set<number>()
  const pending = new Set<number>()
  for (let index = 0; index < units.length; index++) {
    const unit = units[index]
    if (skip.has(index) || !isText(unit)) {
      if (unit?.kind === 'table') unit.rows.forEach((row) => row.cells.forEach((cell) => footnoteNumbersIn(cell).forEach((n) => pending.add(n))))
      continue
    }
    const line = footnoteLine(unit, pending)
    if (!line) {
      footnoteNumbersIn(unit.inlines as Inline[]).forEach((number) => footnotes.has(number) || pending.add(number))
      continue
    }
    taken.add(index)
    let next = index + 1
    while (next < units.length && skip.has(next)) next++
    for (let joiner = continuation(line, units[next]); joiner !== undefined; joiner = continuation(line, units[next])) {
      line.text = `${line.text}${joiner}${(units[next] as TextUnit).text.trim()}`
      taken.add(next)
      next++
      while (next < units.length && skip.has(next)) next++
    }
    pending.delete(line.number)
    if (!footnotes.has(line.number)) footnotes.set(line.number, asFootnote(line))
  }
  return { footnotes: [...footnotes.values()].sort((a, b) => a.number - b.number), taken }
}
