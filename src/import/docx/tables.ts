import type { Inline, TableRow } from '../../document/blocks'
import { childElements, type HtmlElement } from './html'
import { isBreak, joinInlines, mergeTexts, type NoteNumbers, pieces, trimEnds } from './inlines'

/** A table's rows in order, through mammoth's <thead>/<tbody> or straight under <table>. */
export function tableRowElements(table: HtmlElement): HtmlElement[] {
  return childElements(table).flatMap((child) =>
    child.name === 'tr' ? [child] : ['thead', 'tbody', 'tfoot'].includes(child.name) ? childElements(child, 'tr') : [],
  )
}

/** Typists lay a picture beside its text with a borderless table: that is layout, not a data table. */
export function isLayoutTable(table: HtmlElement): boolean {
  const hasPicture = (element: HtmlElement): boolean =>
    element.name === 'img' || childElements(element).some(hasPicture)
  return hasPicture(table)
}

/** A cell's paragraphs as one run of text, joined without inventing spaces between Chinese characters. */
function cellInlines(cell: HtmlElement, notes: NoteNumbers): Inline[] {
  const blocks = childElements(cell).some((child) => ['p', 'ol', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(child.name))
  const parts = blocks ? cell.children.map((child) => pieces([child], notes)) : [pieces(cell.children, notes)]
  return parts
    .map((found) => trimEnds(mergeTexts(found.filter((piece): piece is Inline => !isBreak(piece)))))
    .reduce<Inline[]>((joined, part) => joinInlines(joined, part), [])
}

function allBold(cells: Inline[][]): boolean {
  const texts = cells.flat().filter((inline) => inline.kind === 'text' && inline.text.trim() !== '')
  return texts.length > 0 && texts.every((inline) => inline.kind === 'text' && inline.bold)
}

/**
 * The rows of a data table. The header row is one Word marks to repeat on each page (mammoth's
 * <th>), or, as typists usually do it, a first row typed in bold.
 */
export function tableRows(table: HtmlElement, notes: NoteNumbers): TableRow[] {
  return tableRowElements(table).map((row, index) => {
    const cellElements = childElements(row, 'td', 'th')
    const cells = cellElements.map((cell) => cellInlines(cell, notes))
    const marked = cellElements.length > 0 && cellElements.every((cell) => cell.name === 'th')
    return { header: marked || (index === 0 && allBold(cells)), cells }
  })
}
