import { footnote, heading, link, numberedList, paragraph, richText, table, text, textFormat, upload } from '../richtext/lexical'
import { ref } from './parts'

const element = { direction: { enum: ['ltr', 'rtl', null] }, format: { type: 'string' }, indent: { type: 'integer' }, version: { type: 'integer' } }
const children = (...names: string[]) => ({ type: 'array', items: { oneOf: names.map(ref) } })
const node = (type: string, properties: Record<string, unknown>, description: string, example: unknown) => ({
  type: 'object',
  description,
  properties: { type: { const: type }, ...properties },
  required: ['type', ...Object.keys(properties).filter((name) => name === 'children' || name === 'text' || name === 'fields' || name === 'value')],
  example,
})
const INLINE = ['Text', 'Link', 'FootnoteMarker', 'LineBreak']

/** An item's body for the examples: a heading, a paragraph citing a source, a list, a table and a figure. */
export function exampleBody(referenceID: number, mediaID: number) {
  return richText(
    heading('h3', '研究进展'),
    paragraph('固态电解质的界面稳定性显著提高', footnote(referenceID), '。'),
    numberedList([text('材料数据库', textFormat.bold), '：多个国家建成开放共享的数据库。'], ['模型驱动设计。']),
    table(['指标', '添加剂组', '对照组'], ['循环寿命（次）', '1200', '800']),
    upload(mediaID),
    paragraph('详见', link('https://www.example.org/report', '原文'), '。'),
  )
}

/**
 * The Lexical JSON of the rich-text fields (an item's body, an editor's note), exactly as the admin
 * editor saves it: only these node types are accepted, links only to web, mail and phone addresses.
 */
export function lexicalSchemas() {
  return {
    RichText: {
      type: 'object',
      description: 'A document of the editor: `{ root: { type: "root", children: [...] } }`.',
      properties: { root: { type: 'object', properties: { type: { const: 'root' }, children: children('Paragraph', 'Heading', 'Quote', 'List', 'Table', 'Figure'), ...element }, required: ['type', 'children'] } },
      required: ['root'],
      example: exampleBody(1, 1),
    },
    Paragraph: node('paragraph', { children: children(...INLINE), textFormat: { type: 'integer' }, ...element }, 'A paragraph.', paragraph('正文一段。')),
    Heading: node('heading', { tag: { enum: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] }, children: children(...INLINE), ...element }, 'A heading within an item (h3–h5 as printed).', heading('h3', '研究进展')),
    Quote: node('quote', { children: children(...INLINE), ...element }, 'A block quotation.', { type: 'quote', children: [text('引文。')], ...{ direction: 'ltr', format: '', indent: 0, version: 1 } }),
    List: node(
      'list',
      { listType: { enum: ['bullet', 'number', 'check'] }, tag: { enum: ['ul', 'ol'] }, start: { type: 'integer' }, children: children('ListItem'), ...element },
      'A bulleted or numbered list.',
      numberedList(['第一点。'], ['第二点。']),
    ),
    ListItem: node('listitem', { value: { type: 'integer' }, children: children(...INLINE, 'List'), ...element }, 'One entry of a list.', numberedList(['第一点。']).children[0]),
    Text: node(
      'text',
      { text: { type: 'string' }, format: { type: 'integer', description: 'Bits: 1 bold, 2 italic, 32 subscript, 64 superscript.' }, detail: { type: 'integer' }, mode: { const: 'normal' }, style: { type: 'string' }, version: { type: 'integer' } },
      'A run of text.',
      text('加粗', textFormat.bold),
    ),
    LineBreak: node('linebreak', { version: { type: 'integer' } }, 'A line break within a paragraph.', { type: 'linebreak', version: 1 }),
    Link: node(
      'link',
      {
        fields: { type: 'object', properties: { linkType: { enum: ['custom', 'internal'] }, url: { type: 'string', description: 'http(s), mailto: or tel: only.' }, newTab: { type: 'boolean' } }, required: ['linkType'] },
        children: children('Text'),
        ...element,
      },
      'A link around text.',
      link('https://www.example.org', '原文'),
    ),
    FootnoteMarker: node(
      'inlineBlock',
      {
        fields: {
          type: 'object',
          properties: { blockType: { const: 'footnote' }, reference: { oneOf: [{ type: 'integer' }, { type: 'string' }], description: 'The id of the cited `references` document.' }, id: { type: 'string' }, blockName: { type: 'string' } },
          required: ['blockType', 'reference'],
        },
        version: { type: 'integer' },
      },
      'A footnote marker citing a source. Numbers are not stored: the issue numbers its footnotes 1…n in reading order when it is rendered and freezes them at publication.',
      footnote(1),
    ),
    Table: node('table', { children: children('TableRow'), ...element }, 'A table; header cells have headerState 1.', table(['指标', '数值'], ['循环寿命', '1200'])),
    TableRow: node('tablerow', { children: children('TableCell'), ...element }, 'A table row.', table(['指标'], ['数值']).children[0]),
    TableCell: node(
      'tablecell',
      { headerState: { type: 'integer', description: '0 data, 1 row header, 2 column header, 3 both.' }, colSpan: { type: 'integer' }, rowSpan: { type: 'integer' }, children: children('Paragraph'), ...element },
      'A table cell holding paragraphs.',
      (table(['指标'], ['数值']).children[0] as unknown as { children: unknown[] }).children[0],
    ),
    Figure: node(
      'upload',
      { relationTo: { const: 'media' }, value: { oneOf: [{ type: 'integer' }, { type: 'string' }], description: 'The id of the image in `media` (its captions and source are fields of the image).' }, fields: { type: 'object' }, id: { type: 'string' }, version: { type: 'integer' } },
      'A figure: an uploaded image. Upload it first (POST /api/media, multipart), then place its id here; it is numbered 图 n / Figure n across the item.',
      upload(1),
    ),
  }
}
