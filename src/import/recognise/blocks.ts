import type { Block, Inline } from '../../document/blocks'
import { bulletMark, headingLevel } from './roles'
import { sliceInlines } from './text'
import type { Unit } from './units'

/** Adds one list item to the list just before it, or starts a list. */
function addListItem(blocks: Block[], ordered: boolean, item: Inline[]): void {
  const last = blocks[blocks.length - 1]
  if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item)
  else blocks.push({ kind: 'list', ordered, items: [item] })
}

/**
 * An item's remaining units as document blocks: numbered sub-headings as headings, runs of
 * bullets as one list, runs of a Word numbered list (its numbers drawn by Word, not in the text)
 * as one ordered list, tables as tables, everything else (captions, source lines, "(1) …"
 * paragraphs whose numbers are part of the text) as paragraphs in reading order.
 */
export function blocksOf(units: readonly Unit[]): Block[] {
  const blocks: Block[] = []
  for (const unit of units) {
    if (unit.kind === 'table') {
      blocks.push({ kind: 'table', rows: unit.rows })
      continue
    }
    if (unit.kind !== 'text') continue
    if (unit.role === 'bullet') {
      const mark = bulletMark.exec(unit.text)
      addListItem(blocks, false, mark ? sliceInlines(unit.inlines, mark[0].length) : unit.inlines)
    } else if (unit.role === 'numbered' && unit.style?.listItem && unit.style.ordered) {
      addListItem(blocks, true, unit.inlines)
    } else if (unit.role === 'heading') {
      const level = headingLevel(unit.text) ?? (Math.min(Math.max(unit.style?.heading ?? 3, 3), 5) as 3 | 4 | 5)
      blocks.push({ kind: 'heading', level, children: unit.inlines })
    } else blocks.push({ kind: 'paragraph', children: unit.inlines })
  }
  return blocks
}
