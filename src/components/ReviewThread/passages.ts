/** The document's rich-text editors (editable or read-only), where passages are selected and shown. */
const EDITORS = '[data-lexical-editor="true"]'
const HIGHLIGHT = 'review-passage'
/** Longer selections are kept to their start: enough to find and recognise the passage. */
export const MAX_PASSAGE = 300

/** The text selected inside an editor of the document, or '' when the selection is elsewhere. */
export function selectedPassage(): string {
  const selection = window.getSelection()
  if (!selection || selection.isCollapsed || !selection.anchorNode) return ''
  const element = selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode.parentElement
  if (!element?.closest(EDITORS)) return ''
  return selection.toString().trim().slice(0, MAX_PASSAGE)
}

/** Where a passage stands in the editors' text, as a DOM range (its first occurrence), if it is still there. */
export function passageRange(passage: string): Range | undefined {
  for (const editor of document.querySelectorAll(EDITORS)) {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    let text = ''
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text)
      text += node.textContent ?? ''
    }
    const start = text.indexOf(passage)
    if (start === -1) continue
    const range = document.createRange()
    let offset = 0
    let started = false
    for (const node of nodes) {
      const length = node.textContent?.length ?? 0
      if (!started && start < offset + length) {
        range.setStart(node, start - offset)
        started = true
      }
      if (started && start + passage.length <= offset + length) {
        range.setEnd(node, start + passage.length - offset)
        return range
      }
      offset += length
    }
  }
  return undefined
}

/**
 * Marks the passages open comments are about, with the CSS Custom Highlight API: nothing is
 * written into the editor's document, so the text and its history stay the writer's.
 */
export function highlightPassages(passages: string[]): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return
  const ranges = passages.map(passageRange).filter((range): range is Range => Boolean(range))
  CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges))
}

/** Brings a passage into view in the editor. */
export function showPassage(passage: string): void {
  const range = passageRange(passage)
  const element = range?.startContainer.parentElement
  element?.scrollIntoView({ behavior: 'smooth', block: 'center' })
}
