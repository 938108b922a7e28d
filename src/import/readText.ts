import { type Inline, plainText, type TableRow } from '../document/blocks'
import type { ImportedIssue, SourceDocument, SourceParagraph } from './model'
import { recogniseIssue } from './recognise'
import { compactInlines, joinInlines } from './recognise/text'

/**
 * The text layer of a PDF (as pdftotext or a converter leaves it) as paragraphs: blank lines
 * separate paragraphs, the lines of one block join (no space between CJK characters), runs of
 * tab-separated lines are tables, superscript digits are footnote markers, and the *…* / **…**
 * a converter leaves are italic and bold text.
 */

const SUPERSCRIPT_DIGITS: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' }
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g
/** A superscript after a unit or a power of ten is an exponent (m², 10³), not a footnote marker. */
const EXPONENT_BEFORE = /(?:\b(?:[mckμnd]?m|km|s|g|kg|mol|J|W|Hz|K|L|V|A|N|Pa|ft|in)|10|×\s?10|⁻)$/
const EMPHASIS = /\*\*(?=\S)(.+?)(?<=\S)\*\*|\*(?=[^\s*])(.+?)(?<=[^\s*])\*/g
/** A 目录 line: the title, a dot leader and the page number; the next line is the next entry. */
const ENDS_WITH_PAGE = /[.．·…⋯_]{2,}\s*\d{1,3}$/
const BLANK = /^[\s\u00a0\u3000\u200b\ufeff]*$/
/** A line that starts something new inside a block: a footnote line, a bullet, a numbered paragraph, a banner, a caption or source line. */
const STARTS_ANEW = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]|[►•●▪◆◇■□【]|[(（]\d{1,2}[)）]|[①-⑳]|[表图]\s*\d|(Table|Figure|Fig\.)\s*\d|(资料来源|数据来源|Data source))/

/** Simple inline TeX a converter left ($\geq 89\%$) as the characters it stands for; anything more stays as printed. */
const TEX: Record<string, string> = { '\\geq': '≥', '\\leq': '≤', '\\ge': '≥', '\\le': '≤', '\\times': '×', '\\pm': '±', '\\sim': '~', '\\approx': '≈', '\\%': '%', '\\degree': '°', '\\circ': '°', '\\mu': 'μ' }
const TEX_SPAN = /\$([^$\n]{1,60})\$/g

function untex(text: string): string {
  return text.replace(TEX_SPAN, (whole, body: string) => {
    const plain = body.replace(/\\[a-zA-Z]+|\\%/g, (command) => TEX[command] ?? command).replace(/[{}]/g, '').trim()
    return /\\/.test(plain) ? whole : plain
  })
}

/** Unicode superscript digits in a text as footnote markers, exponents (m², 10³) left as text. */
export function superscriptMarkers(text: string): Inline[] {
  return markersIn(text, {})
}

function markersIn(text: string, style: { bold?: boolean; italic?: boolean }): Inline[] {
  const inlines: Inline[] = []
  let last = 0
  for (const match of text.matchAll(SUPERSCRIPT_RUN)) {
    const before = text.slice(last, match.index)
    const number = Number([...match[0]].map((digit) => SUPERSCRIPT_DIGITS[digit]).join(''))
    const exponent = EXPONENT_BEFORE.test(text.slice(0, match.index))
    inlines.push({ kind: 'text', text: before + (exponent ? match[0] : ''), ...style })
    if (!exponent) inlines.push({ kind: 'footnote', number })
    last = match.index + match[0].length
  }
  inlines.push({ kind: 'text', text: text.slice(last), ...style })
  return inlines.filter((inline) => inline.kind !== 'text' || inline.text !== '')
}

/** One line's inlines: emphasis, footnote markers and simple TeX resolved. */
export function lineInlines(line: string): Inline[] {
  const text = untex(line)
  const inlines: Inline[] = []
  let last = 0
  for (const match of text.matchAll(EMPHASIS)) {
    inlines.push(...markersIn(text.slice(last, match.index), {}))
    inlines.push(...markersIn(match[1] ?? match[2]!, match[1] !== undefined ? { bold: true } : { italic: true }))
    last = match.index + match[0].length
  }
  inlines.push(...markersIn(text.slice(last), {}))
  return compactInlines(inlines)
}

function tableOf(lines: readonly string[]): TableRow[] {
  return lines.map((line, index) => ({ header: index === 0, cells: line.split('\t').map((cell) => lineInlines(cell.trim())) }))
}

export function readText(text: string): SourceDocument {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[ \u00a0\u3000]+$/, ''))
  const paragraphs: SourceParagraph[] = []
  let block: Inline[] | undefined
  let table: string[] = []
  const flushTable = () => {
    if (table.length >= 2) paragraphs.push({ kind: 'table', rows: tableOf(table) })
    else if (table.length === 1) paragraphs.push({ kind: 'text', inlines: lineInlines(table[0]!.replace(/\t+/g, '\t')) })
    table = []
  }
  const flushBlock = () => {
    if (block) paragraphs.push({ kind: 'text', inlines: block })
    block = undefined
  }
  for (const line of lines) {
    if (BLANK.test(line)) {
      flushBlock()
      flushTable()
    } else if (line.includes('\t')) {
      flushBlock()
      table.push(line)
    } else {
      flushTable()
      if (block && (STARTS_ANEW.test(line.trimStart()) || ENDS_WITH_PAGE.test(plainText(block)))) flushBlock()
      block = block ? joinInlines(block, lineInlines(line)) : lineInlines(line.trim())
    }
  }
  flushBlock()
  flushTable()
  return { format: 'txt', paragraphs }
}

export function importText(text: string): ImportedIssue {
  return recogniseIssue(readText(text))
}
