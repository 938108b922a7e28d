import { ExternalHyperlink, type ParagraphChild, Tab, TextRun } from 'docx'

import type { Inline, TextStyle } from '../../document/blocks'
import type { WordFootnotes } from './footnotes'

type RunStyle = TextStyle & { link?: boolean }

/** Line breaks and tabs inside a text node become Word's own breaks and tabs. */
function textRuns(text: string, style: RunStyle): TextRun[] {
  const format = {
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    ...(style.superscript ? { superScript: true } : {}),
    ...(style.subscript ? { subScript: true } : {}),
    ...(style.link ? { style: 'Hyperlink' } : {}),
  }
  return text.split('\n').map(
    (line, index) =>
      new TextRun({
        ...format,
        ...(index > 0 ? { break: 1 } : {}),
        children: line.split('\t').flatMap((part, at) => (at > 0 ? [new Tab(), part] : [part])),
      }),
  )
}

export function inlineRuns(inlines: readonly Inline[], footnotes: WordFootnotes, style: RunStyle = {}): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    if (inline.kind === 'footnote') return [footnotes.marker(inline.number)]
    if (inline.kind === 'link') return [new ExternalHyperlink({ link: inline.url, children: inlineRuns(inline.children, footnotes, { ...style, link: true }) })]
    return textRuns(inline.text, { ...style, ...inline })
  })
}
