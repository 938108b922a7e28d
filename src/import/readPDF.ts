import { createRequire } from 'node:module'
import path from 'node:path'

import { type Translated, translated } from '../i18n'
import type { Inline, TableRow } from '../document/blocks'
import { BAD_REQUEST, RequestError } from '../lib/RequestError'
import type { SourceDocument, SourceParagraph } from './model'
import { superscriptMarkers } from './readText'
import { joinInlines } from './recognise/text'

/**
 * A PDF's text layer as paragraphs, through pdfjs-dist: text items grouped into lines by their
 * baselines, superscript digits (smaller, raised) as footnote markers, running headers and page
 * numbers (repeating at the top or bottom of pages) dropped, lines joined into paragraphs by
 * spacing, indent and line ends, aligned columns as tables, and the page's footnote lines (the
 * smaller text below the body) after its body, where a text layer has them.
 */

/** `narrowDigits`: digits set in the font's own superscript glyphs (see markFontSuperscripts). */
type Glyph = { text: string; x: number; y: number; size: number; width: number; font: string; narrowDigits?: boolean }
type Line = { glyphs: Glyph[]; y: number; size: number; x0: number; x1: number; cells: Glyph[][] }
type PageLines = { lines: Line[] }

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/
const LEADER = /^[.．·…⋯_\s]+$/
/** A 目录 entry's end: a dot leader and the page number, "title . . . . 3". */
const LEADER_AND_PAGE = /(?:[.．·…⋯_]\s*){3,}\d{1,3}$/
/**
 * pdfjs reads the wider glyph spacing of a justified CJK line as spaces ("上 述 研 究"). Three
 * or more CJK characters spaced one by one are such a line; a lone space between two (黄 健,
 * 目 录) is the office's and stays.
 */
const SPACED_OUT = /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef] [\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef] [\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/
const SPACE_BETWEEN_CJK = /(?<=[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]) (?=[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef])/g

/** Fewer letters than this (page numbers of a scan, a stamp) is no text layer to import. */
const SHORTEST_TEXT_LAYER = 10

const NOT_A_PDF = translated((m) => m.import.pdf.notAPDF)
const NO_TEXT_LAYER = translated((m) => m.import.pdf.noTextLayer)
const PROTECTED = translated((m) => m.import.pdf.passwordProtected)

/** The refusal for a file that is not a readable PDF, with the reason in both languages. */
function refusal(text: Translated): RequestError {
  return new RequestError(undefined, BAD_REQUEST, text)
}

function glyphsOf(items: readonly unknown[]): Glyph[] {
  const glyphs: Glyph[] = []
  for (const item of items) {
    if (!item || typeof item !== 'object' || !('str' in item)) continue
    const { str, transform, width, fontName } = item as { str: string; transform: number[]; width: number; fontName: string }
    if (!str.trim()) continue
    const size = Math.hypot(transform[2]!, transform[3]!) || Math.abs(transform[3]!)
    glyphs.push({ text: SPACED_OUT.test(str) ? str.replace(SPACE_BETWEEN_CJK, '') : str, x: transform[4]!, y: transform[5]!, size, width, font: fontName })
  }
  return glyphs
}

/**
 * A footnote marker: digits set smaller and raised above the line, even a little (Word raises
 * them a third of the size, a typesetter less), or in the font's superscript glyphs.
 */
function isMarker(glyph: Glyph, line: { y: number; size: number }): boolean {
  if (!/^\d{1,3}$/.test(glyph.text.trim())) return false
  return (glyph.size < line.size * 0.8 && glyph.y > line.y + line.size * 0.05) || !!glyph.narrowDigits
}

const DIGITS = /^\d{1,4}$/
/** Fewer digit runs than this in a font are too few to know how wide its digits are. */
const FEWEST_DIGIT_SAMPLES = 3

/**
 * Superscripts from the font itself (OpenType sups, Typst's default) are reported at the text's
 * size on its baseline: only their advance gives them away, about 0.3 em where the font's own
 * digits are 0.5 em (text fonts' default figures are of one width). A run of 1–3 digits under
 * three quarters of its font's usual digit advance is such a superscript.
 */
function markFontSuperscripts(glyphs: readonly Glyph[]): void {
  const advances = new Map<string, number[]>()
  for (const glyph of glyphs) {
    const text = glyph.text.trim()
    if (DIGITS.test(text)) advances.set(glyph.font, [...(advances.get(glyph.font) ?? []), glyph.width / text.length / glyph.size])
  }
  for (const glyph of glyphs) {
    const text = glyph.text.trim()
    const samples = advances.get(glyph.font) ?? []
    if (!/^\d{1,3}$/.test(text) || samples.length < FEWEST_DIGIT_SAMPLES) continue
    const usual = [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!
    glyph.narrowDigits = glyph.width / text.length / glyph.size < usual * 0.75
  }
}

/** Glyphs into lines: the largest text defines a line, smaller text (superscripts) joins the line it sits in. */
function linesOf(glyphs: readonly Glyph[]): Line[] {
  const lines: Line[] = []
  for (const glyph of [...glyphs].sort((a, b) => b.size - a.size)) {
    const centre = glyph.y + glyph.size * 0.35
    const line = lines.find((candidate) => glyph.size <= candidate.size * 1.05 && centre >= candidate.y - candidate.size * 0.25 && centre <= candidate.y + candidate.size * 0.9)
    if (line) line.glyphs.push(glyph)
    else lines.push({ glyphs: [glyph], y: glyph.y, size: glyph.size, x0: 0, x1: 0, cells: [] })
  }
  for (const line of lines) {
    line.glyphs.sort((a, b) => a.x - b.x)
    line.x0 = line.glyphs[0]!.x
    line.x1 = Math.max(...line.glyphs.map((glyph) => glyph.x + glyph.width))
    line.cells = cellsOf(line)
  }
  return lines.sort((a, b) => b.y - a.y)
}

/**
 * Runs of glyphs separated by a gap wider than a word space: table cells, or a dot leader's parts.
 * Word spaces are about 0.3 em even in a justified line; a bordered table's cells, padded 4 pt a
 * side around 9 pt text, are 0.9 em apart.
 */
function cellsOf(line: Line): Glyph[][] {
  const cells: Glyph[][] = []
  let previous: Glyph | undefined
  for (const glyph of line.glyphs) {
    const gap = previous ? glyph.x - (previous.x + previous.width) : 0
    if (!previous || gap > line.size * 0.7) cells.push([glyph])
    else cells[cells.length - 1]!.push(glyph)
    previous = glyph
  }
  return cells
}

function cellText(glyphs: readonly Glyph[], size: number): string {
  let text = ''
  let previous: Glyph | undefined
  for (const glyph of glyphs) {
    const gap = previous ? glyph.x - (previous.x + previous.width) : 0
    const latinJoint = previous && !CJK.test(text.slice(-1)) && !CJK.test(glyph.text[0]!) && !/\s$/.test(text)
    text += (latinJoint && gap > size * 0.15 ? ' ' : '') + glyph.text
    previous = glyph
  }
  return text
}

function inlinesOf(glyphs: readonly Glyph[], line: Line): Inline[] {
  let inlines: Inline[] = []
  let run: Glyph[] = []
  const flush = () => {
    if (run.length > 0) inlines = [...inlines, ...superscriptMarkers(cellText(run, line.size))]
    run = []
  }
  for (const glyph of glyphs) {
    if (isMarker(glyph, line)) {
      flush()
      inlines.push({ kind: 'footnote', number: Number(glyph.text.trim()) })
    } else run.push(glyph)
  }
  flush()
  return inlines
}

function lineText(line: Line): string {
  return cellText(line.glyphs, line.size).trim()
}

/** A line of a dot-leader 目录 entry reads as one text, "title……3"; other multi-cell lines are table rows. */
function isTableRow(line: Line): boolean {
  return line.cells.length >= 2 && !line.cells.some((cell) => LEADER.test(cellText(cell, line.size)))
}

/** A line's text with its numbers as #, so "2024年第2期 3" and "2024年第2期 4" repeat; a bare number is no running header. */
function repeatKey(text: string): string | undefined {
  const key = text.replace(/\s+/g, '').replace(/\d+/g, '#')
  return key.replace(/#/g, '') ? key : undefined
}

/** Running headers and footers: the top or bottom line of a page when it repeats on other pages or is a bare page number. */
function dropFurniture(pages: PageLines[]): void {
  const counts = new Map<string, number>()
  for (const page of pages) {
    for (const line of [page.lines[0], page.lines[page.lines.length - 1]]) {
      const key = line && repeatKey(lineText(line))
      if (key) counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  for (const page of pages) {
    const isFurniture = (line: Line | undefined) =>
      !!line && (/^[-–—·\s]*\d{1,3}[-–—·\s]*$/.test(lineText(line)) || (pages.length > 2 && (counts.get(repeatKey(lineText(line)) ?? '') ?? 0) >= 2))
    while (isFurniture(page.lines[0])) page.lines.shift()
    while (isFurniture(page.lines[page.lines.length - 1])) page.lines.pop()
  }
}

/** The size most of the text is set in: what body text looks like. */
function bodySize(pages: readonly PageLines[]): number {
  const weights = new Map<number, number>()
  for (const line of pages.flatMap((page) => page.lines)) {
    const size = Math.round(line.size * 2) / 2
    weights.set(size, (weights.get(size) ?? 0) + lineText(line).length)
  }
  return [...weights.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10
}

function tableOf(rows: readonly Line[]): SourceParagraph {
  return {
    kind: 'table',
    rows: rows.map((line, index): TableRow => ({ header: index === 0, cells: line.cells.map((cell) => inlinesOf(cell, line)) })),
  }
}

/**
 * Body lines into paragraphs: a wide gap, a change of size, an indent, a short previous line or one
 * ending in a dot leader and page number (a 目录 entry filled to the margin) starts a new one.
 */
function bodyParagraphs(lines: readonly Line[], body: number): SourceParagraph[] {
  const paragraphs: SourceParagraph[] = []
  const text = lines.filter((line) => !isTableRow(line))
  const left = Math.min(...text.map((line) => line.x0))
  const right = Math.max(...text.map((line) => line.x1))
  let current: Inline[] | undefined
  let table: Line[] = []
  let previous: Line | undefined
  const flush = () => {
    if (current) paragraphs.push({ kind: 'text', inlines: current })
    current = undefined
    if (table.length > 0) paragraphs.push(table.length > 1 ? tableOf(table) : { kind: 'text', inlines: inlinesOf(table[0]!.glyphs, table[0]!) })
    table = []
  }
  for (const line of lines) {
    if (isTableRow(line)) {
      if (current) flush()
      table.push(line)
      previous = line
      continue
    }
    if (table.length > 0) flush()
    const startsNew =
      !previous ||
      previous.y - line.y > Math.max(line.size, body) * 1.7 ||
      Math.abs(previous.size - line.size) > 0.5 ||
      line.x0 > left + line.size * 0.8 ||
      previous.x1 < right - line.size * 1.5 ||
      LEADER_AND_PAGE.test(lineText(previous))
    if (startsNew) flush()
    current = current ? joinInlines(current, inlinesOf(line.glyphs, line)) : inlinesOf(line.glyphs, line)
    previous = line
  }
  flush()
  return paragraphs
}

/** The footnote lines at the bottom of a page: each starts with its number; lines without one continue it. */
function footnoteParagraphs(lines: readonly Line[]): SourceParagraph[] {
  const notes: Inline[][] = []
  for (const line of lines) {
    const inlines = inlinesOf(line.glyphs, line)
    if (inlines[0]?.kind === 'footnote' || notes.length === 0) notes.push(inlines)
    else notes[notes.length - 1] = joinInlines(notes[notes.length - 1]!, inlines)
  }
  return notes.map((inlines) => ({ kind: 'text', inlines }))
}

/** Splits a page into body lines and the smaller footnote lines below the last line of body text. */
function splitFootnotes(lines: readonly Line[], body: number): { body: Line[]; footnotes: Line[] } {
  const lastBody = lines.reduce((last, line, index) => (line.size >= body * 0.92 ? index : last), -1)
  const tail = lines.slice(lastBody + 1)
  const startsWithMarker = tail[0] && inlinesOf(tail[0].glyphs, tail[0])[0]?.kind === 'footnote'
  return startsWithMarker ? { body: lines.slice(0, lastBody + 1), footnotes: tail } : { body: [...lines], footnotes: [] }
}

async function loadDocument(bytes: Uint8Array) {
  if (new TextDecoder().decode(bytes.subarray(0, 1024)).indexOf('%PDF-') < 0) throw refusal(NOT_A_PDF)
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  try {
    return await getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: `${pdfjsRoot}/cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${pdfjsRoot}/standard_fonts/`,
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise
  } catch (error) {
    throw refusal((error as { name?: string }).name === 'PasswordException' ? PROTECTED : NOT_A_PDF)
  }
}

export async function readPDF(bytes: Uint8Array): Promise<SourceDocument> {
  const document = await loadDocument(bytes)
  try {
    const pageGlyphs: Glyph[][] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      pageGlyphs.push(glyphsOf((await page.getTextContent()).items))
      page.cleanup()
    }
    markFontSuperscripts(pageGlyphs.flat())
    const pages: PageLines[] = pageGlyphs.map((glyphs) => ({ lines: linesOf(glyphs) }))
    const words = pages.flatMap((page) => page.lines.map((line) => lineText(line).replace(/[\d\s\p{P}]/gu, ''))).join('')
    if (words.length < SHORTEST_TEXT_LAYER) throw refusal(NO_TEXT_LAYER)
    dropFurniture(pages)
    const body = bodySize(pages)
    const paragraphs = pages.flatMap((page) => {
      if (page.lines.length === 0) return []
      const split = splitFootnotes(page.lines, body)
      return [...bodyParagraphs(split.body, body), ...footnoteParagraphs(split.footnotes)]
    })
    return { format: 'pdf', paragraphs }
  } catch (error) {
    if (error instanceof RequestError) throw error
    throw refusal(NOT_A_PDF)
  } finally {
    await document.destroy()
  }
}
