import { convertLexicalToHTML, defaultHTMLConverters } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { escapeHTML } from '../lib/html'
import { doiURL } from '../lib/identifiers'
import { bulletinConverters, type FigureNumbering } from './converters'
import { type Footnote, FootnoteNumbering } from './footnoteNumbering'

type RichText = { root: unknown } | null | undefined

export type RenderContext = { figures: FigureNumbering; footnotes: FootnoteNumbering }

/** One context per rendered unit: an issue shares footnote numbers across items, figures count per item. */
export function renderContext(footnotes = new FootnoteNumbering()): RenderContext {
  let figure = 0
  return { figures: { next: () => ++figure }, footnotes }
}

/**
 * Lexical → HTML with bulletin figures and footnote markers. Relationships (uploads, footnote
 * references) must be populated (depth ≥ 1 on the body) for figures and footnote texts to render.
 */
export function richTextToHTML(state: RichText, context: RenderContext = renderContext()): string {
  if (!state?.root) return ''
  return convertLexicalToHTML({
    converters: { ...defaultHTMLConverters, ...bulletinConverters(context.footnotes, context.figures) },
    data: state as SerializedEditorState,
    disableContainer: true,
  })
}

/** The numbered footnote list printed at the foot of the issue. */
export function footnotesToHTML(notes: readonly Footnote[]): string {
  if (!notes.length) return ''
  const entries = notes.map(({ number, reference }) => {
    if (typeof reference !== 'object') return `<li id="fn-${number}" value="${number}"></li>`
    const source = reference.sourceOrganisation ? `${escapeHTML(reference.sourceOrganisation)}：` : ''
    const href = reference.url || (reference.doi ? doiURL(reference.doi) : '')
    const link = href ? ` <a href="${escapeHTML(href)}" rel="noopener noreferrer">${escapeHTML(href)}</a>` : ''
    return `<li id="fn-${number}" value="${number}">${source}${escapeHTML(reference.title)}${link}</li>`
  })
  return `<ol class="footnotes">${entries.join('')}</ol>`
}
