import { escapeHTML } from '../lib/html'
import { BASE } from './serializers'

const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] })
const string = { type: 'string' }
const integer = { type: 'integer' }
const id = { oneOf: [{ type: 'integer' }, { type: 'string' }] }
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const object = (properties: Record<string, object>, required = Object.keys(properties)) => ({
  type: 'object',
  additionalProperties: false,
  properties,
  required,
})
const pagination = { page: integer, limit: integer, totalDocs: integer, totalPages: integer }

const schemas = {
  Error: object({ error: object({ status: integer, message: string }) }),
  Series: object({
    slug: string,
    title: string,
    titleEn: nullable(string),
    publisher: object({ institute: string, office: nullable(string) }),
    frequency: { enum: ['monthly', 'bimonthly', 'quarterly', 'irregular'] },
    description: nullable(string),
    links: object({ issues: string, rss: string, atom: string, json: string }),
  }),
  IssueSummary: object({
    id,
    series: nullable(string),
    year: integer,
    number: integer,
    label: string,
    title: string,
    publicationDate: nullable({ type: 'string', format: 'date-time' }),
    links: object({ self: string, full: string }),
  }),
  Credit: object({
    name: string,
    role: { enum: ['compiled', 'written', 'translated', 'reviewed', 'source'] },
    kind: { enum: ['person', 'organisation'] },
    slug: nullable(string),
  }),
  PublishedIn: nullable(
    object({ journal: nullable(string), articleTitle: nullable(string), doi: nullable(string), date: nullable(string), url: nullable(string) }),
  ),
  ItemSummary: object({
    id,
    slug: string,
    title: string,
    titleEn: nullable(string),
    summary: nullable(string),
    keywords: { type: 'array', items: string },
    creditLine: { type: 'string', description: 'As printed, e.g. （黄 健） or （科技日报、中国日报）' },
    credits: { type: 'array', items: ref('Credit') },
    publishedIn: ref('PublishedIn'),
    links: object({ self: string }),
  }),
  Footnote: object({ number: integer, title: string, source: nullable(string), url: nullable(string) }),
  Section: object({ slug: string, name: string, nameEn: nullable(string) }),
  Citation: object({
    gbt7714: {
      type: 'string',
      description: 'GB/T 7714-2015, online form with today as 引用日期, e.g. 黄健, 冯瑞华. 题名[J/OL]. 能源材料动态, 2026(1)[2026-03-20]. https://…',
    },
  }),
}

const itemSummaryProperties = (schemas.ItemSummary as { properties: Record<string, object> }).properties
const issueSummaryProperties = (schemas.IssueSummary as { properties: Record<string, object> }).properties
const sectionProperties = (schemas.Section as { properties: Record<string, object> }).properties

const derived = {
  ItemWithIssue: object({ ...itemSummaryProperties, issue: nullable(ref('IssueSummary')) }),
  ItemFull: object({ ...itemSummaryProperties, html: { type: 'string', description: 'Sanitized HTML' }, citation: ref('Citation') }),
  IssueContents: object({
    ...issueSummaryProperties,
    seriesInfo: nullable(ref('Series')),
    citation: ref('Citation'),
    sections: {
      type: 'array',
      items: object({ ...sectionProperties, editorsNote: nullable(string), items: { type: 'array', items: ref('ItemSummary') } }),
    },
  }),
  IssueFull: object({
    ...issueSummaryProperties,
    seriesInfo: nullable(ref('Series')),
    citation: ref('Citation'),
    sections: {
      type: 'array',
      items: object({ ...sectionProperties, editorsNote: nullable(string), items: { type: 'array', items: ref('ItemFull') } }),
    },
    footnotes: { type: 'array', items: ref('Footnote') },
  }),
  Item: object({
    ...itemSummaryProperties,
    issue: ref('IssueSummary'),
    section: nullable(ref('Section')),
    html: string,
    footnotes: { type: 'array', items: ref('Footnote') },
    citation: ref('Citation'),
  }),
  Contributor: object({
    slug: string,
    name: string,
    romanizedName: nullable(string),
    kind: { enum: ['person', 'organisation'] },
    affiliation: nullable(string),
    totalItems: integer,
    itemsPerYear: { type: 'array', items: object({ year: integer, count: integer }) },
    items: { type: 'array', items: ref('ItemWithIssue'), description: 'One page of them, newest issue first' },
    ...pagination,
  }),
  SeriesList: object({ docs: { type: 'array', items: ref('Series') } }),
  IssuePage: object({ series: ref('Series'), docs: { type: 'array', items: ref('IssueSummary') }, ...pagination }),
  SectionItemsPage: object({ section: ref('Section'), docs: { type: 'array', items: ref('ItemWithIssue') }, ...pagination }),
  SearchResults: object({
    query: string,
    docs: {
      type: 'array',
      items: object({ ...itemSummaryProperties, issue: nullable(ref('IssueSummary')), score: { type: 'number' }, snippet: { type: 'string', description: 'Escaped text with <mark> around matches' } }),
    },
    ...pagination,
  }),
}

const parameter = (name: string, location: 'path' | 'query', schema: object, description: string, required = location === 'path') => ({
  name,
  in: location,
  required,
  schema,
  description,
})
const pageParameters = [
  parameter('page', 'query', { type: 'integer', minimum: 1 }, 'Page number, from 1'),
  parameter('limit', 'query', { type: 'integer', minimum: 1, maximum: 50 }, 'Page size, at most 50'),
]
const json = (schema: string, description: string) => ({ description, content: { 'application/json': { schema: ref(schema) } } })
const common = {
  '304': { description: 'Not modified (If-None-Match matched the ETag, or, without If-None-Match, nothing changed since If-Modified-Since)' },
  '400': json('Error', 'Bad parameter'),
  '404': json('Error', 'Not found, or not published'),
}
const get = (summary: string, schema: string, parameters: object[] = []) => ({
  get: { summary, parameters, responses: { '200': json(schema, summary), ...common } },
})
const xml = (type: string) => ({ description: 'Feed', content: { [type]: { schema: { type: 'string' } } } })

/** OpenAPI 3.1 description of the delivery API; the tests validate every response against it. */
export function openAPIDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bulletin CMS delivery API',
      version: '1.0.0',
      description:
        'Read-only, published content of the research bulletins for downstream sites. Responses carry ETag, Last-Modified and Cache-Control; send If-None-Match (or If-Modified-Since) to get 304.',
    },
    servers: [{ url: BASE }],
    paths: {
      '/series': get('All bulletin series', 'SeriesList'),
      '/series/{slug}/issues': get('Published issues of a series, newest first', 'IssuePage', [
        parameter('slug', 'path', string, 'Series slug'),
        ...pageParameters,
      ]),
      '/series/{slug}/issues/{year}/{number}': get('An issue by its number in a year, with its table of contents', 'IssueContents', [
        parameter('slug', 'path', string, 'Series slug'),
        parameter('year', 'path', integer, 'Year'),
        parameter('number', 'path', integer, 'Number within the year'),
      ]),
      '/issues/{id}': get('An issue with its table of contents', 'IssueContents', [parameter('id', 'path', string, 'Issue ID')]),
      '/issues/{id}/full': get('An issue with every item rendered, footnotes numbered across the issue', 'IssueFull', [
        parameter('id', 'path', string, 'Issue ID'),
      ]),
      '/issues/{id}/pdf': {
        get: {
          summary: 'The issue as its printed A4 edition (PDF, fonts embedded): contents with page numbers, footnotes at the foot of the page',
          parameters: [parameter('id', 'path', string, 'Issue ID')],
          responses: {
            '200': { description: 'PDF, Content-Disposition inline with the Chinese file name', content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } },
            ...common,
            '503': json('Error', 'The server lacks the CJK fonts the edition needs; the message names the package to install'),
          },
        },
      },
      '/issues/{id}/docx': {
        get: {
          summary: 'The issue as a Word file with the printed edition’s structure, for the office to edit a copy: heading styles, a contents field, real Word footnotes, tables, figures',
          parameters: [parameter('id', 'path', string, 'Issue ID')],
          responses: {
            '200': {
              description: 'Word document, Content-Disposition attachment with the Chinese file name',
              content: { 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { schema: { type: 'string', format: 'binary' } } },
            },
            ...common,
          },
        },
      },
      '/items/{id}': get('One item with its issue and section', 'Item', [parameter('id', 'path', string, 'Item ID')]),
      '/items/{id}/cite': {
        get: {
          summary: 'The item’s citation as a file for a reference manager (RIS, BibTeX in UTF-8, CSL-JSON)',
          parameters: [
            parameter('id', 'path', string, 'Item ID'),
            parameter('format', 'query', { enum: ['ris', 'bibtex', 'csl-json'] }, 'ris, bibtex or csl-json', true),
          ],
          responses: {
            '200': {
              description: 'Citation file, Content-Disposition attachment named after the item',
              content: {
                'application/x-research-info-systems': { schema: string },
                'application/x-bibtex': { schema: string },
                'application/vnd.citationstyles.csl+json': { schema: { type: 'array', items: { type: 'object' } } },
              },
            },
            ...common,
          },
        },
      },
      '/sections/{slug}/items': get('Published items of a section, newest first', 'SectionItemsPage', [
        parameter('slug', 'path', string, 'Section slug'),
        ...pageParameters,
      ]),
      '/authors/{slug}': get('A contributor page: a page of credited published items and counts per year', 'Contributor', [
        parameter('slug', 'path', string, 'Contributor slug'),
        ...pageParameters,
      ]),
      '/search': get('Full-text search of published items (Chinese and English)', 'SearchResults', [
        parameter('q', 'query', { type: 'string', minLength: 1, maxLength: 100 }, 'Query; two Chinese characters suffice', true),
        ...pageParameters,
      ]),
      '/feeds/{file}': {
        get: {
          summary: 'Feed of a series: <slug>.rss (RSS 2.0), <slug>.atom (Atom 1.0) or <slug>.json (JSON Feed 1.1)',
          parameters: [parameter('file', 'path', { type: 'string', pattern: '^[a-z0-9-]+\\.(rss|atom|json)$' }, 'e.g. my-series.rss')],
          responses: {
            '200': {
              description: 'Feed',
              content: {
                ...xml('application/rss+xml').content,
                ...xml('application/atom+xml').content,
                'application/feed+json': { schema: { type: 'object' } },
              },
            },
            ...common,
          },
        },
      },
    },
    components: { schemas: { ...schemas, ...derived } },
  }
}

/** A readable page generated from the same document, so the two cannot disagree. */
export function apiDocsPage(): string {
  const document = openAPIDocument()
  const rows = Object.entries(document.paths)
    .map(([path, operations]) => {
      const operation = (operations as { get: { summary: string; parameters?: Array<{ name: string; in: string; description: string }> } }).get
      const parameters = (operation.parameters ?? []).map((p) => `<code>${escapeHTML(p.name)}</code> (${p.in}) ${escapeHTML(p.description)}`).join('<br>')
      return `<tr><td><code>GET ${escapeHTML(BASE + path)}</code></td><td>${escapeHTML(operation.summary)}</td><td>${parameters}</td></tr>`
    })
    .join('')
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${escapeHTML(document.info.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}code{font-size:.9em}</style>
</head><body><h1>${escapeHTML(document.info.title)} <small>${document.info.version}</small></h1><p>${escapeHTML(document.info.description)}</p>
<p>Machine-readable: <a href="${BASE}/openapi.json">openapi.json</a> (OpenAPI 3.1).</p>
<table><thead><tr><th>Endpoint</th><th>Returns</th><th>Parameters</th></tr></thead><tbody>${rows}</tbody></table></body></html>`
}
