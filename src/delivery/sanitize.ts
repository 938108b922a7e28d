import sanitizeHtml from 'sanitize-html'

/**
 * Rendered bodies go to other sites' pages: only structural markup survives, no scripts, event
 * handlers, styles or javascript: URLs, whatever an editor pasted or a converter let through.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i',
    'u', 's', 'sub', 'sup', 'code', 'span', 'a', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure',
    'figcaption', 'img',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'aria-label', 'id'],
    img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading'],
    li: ['id', 'value'],
    ol: ['start'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
    '*': ['class', 'lang'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: attribs.href?.startsWith('#') ? attribs : { ...attribs, rel: 'noopener noreferrer' },
    }),
  },
}

export function sanitize(html: string): string {
  return sanitizeHtml(html, options)
}
