import type { Payload } from 'payload'

import { languages } from '../i18n'
import { escapeHTML } from '../lib/html'
import { customPaths } from './customPaths'
import { objectSchema } from './fieldSchemas'
import { exampleBody, lexicalSchemas } from './lexicalSchemas'
import { idParameter, json, ref } from './parts'

/** What someone entering bulletins over the API writes: the content, in the order it is usually entered. */
export const DOCUMENTED_COLLECTIONS = ['series', 'sections', 'authors', 'references', 'media', 'issues', 'items'] as const
type Documented = (typeof DOCUMENTED_COLLECTIONS)[number]

const draftParameter = { name: 'draft', in: 'query', required: false, schema: { type: 'boolean' }, description: 'Items and issues: read or save the working draft (staff), which only review publishes.' }
const errors = { '400': json(ref('Errors'), 'Bad input: each field error names the field and what to send'), '403': json(ref('Errors'), 'Not allowed for this role') }
const schemaName = (slug: Documented) => slug.replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase())

/** An item as someone would first post it: its issue, section, body with a footnote, table and figure, and credits. */
function itemExample() {
  return {
    title: '新型固态电解质添加剂显著延长电池循环寿命',
    titleEn: 'New solid-electrolyte additive extends battery cycle life',
    issue: 1,
    section: 1,
    summary: '一种含氟双盐电解液添加剂在锂金属表面形成致密界面层。',
    body: exampleBody(1, 1),
    credits: [
      { contributor: 1, role: 'compiled' },
      { contributor: 2, role: 'source' },
    ],
  }
}

function collectionPaths(payload: Payload, slug: Documented) {
  const name = schemaName(slug)
  const upload = slug === 'media'
  const body = upload
    ? { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, _payload: { type: 'string', description: `JSON of the ${name} fields` } }, required: ['file'] } } }
    : { 'application/json': { schema: ref(name), ...(slug === 'items' ? { example: itemExample() } : {}) } }
  const versioned = Boolean(payload.collections[slug].config.versions)
  return {
    [`/${slug}`]: {
      get: {
        tags: [slug],
        summary: `Lists ${slug} (where[field][operator]=value, sort, limit, page, depth)`,
        parameters: [
          { name: 'where', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' }, description: 'e.g. where[issue][equals]=3' },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
          { name: 'page', in: 'query', schema: { type: 'integer' } },
          { name: 'sort', in: 'query', schema: { type: 'string' } },
          { name: 'depth', in: 'query', schema: { type: 'integer' } },
          ...(versioned ? [draftParameter] : []),
        ],
        responses: { '200': json({ type: 'object', properties: { docs: { type: 'array', items: ref(name) }, totalDocs: { type: 'integer' }, page: { type: 'integer' }, totalPages: { type: 'integer' } } }) },
      },
      post: {
        tags: [slug],
        summary: `Creates a ${name}${versioned ? ' (as a draft with ?draft=true; it reaches the public only through review)' : ''}`,
        parameters: versioned ? [draftParameter] : [],
        requestBody: { required: true, content: body },
        responses: { '201': json({ type: 'object', properties: { doc: ref(name), message: { type: 'string' } } }, 'Created'), ...errors },
      },
    },
    [`/${slug}/{id}`]: {
      get: { tags: [slug], summary: `One ${name}`, parameters: [idParameter, ...(versioned ? [draftParameter] : [])], responses: { '200': json(ref(name)), '404': json(ref('Errors'), 'No such document') } },
      patch: {
        tags: [slug],
        summary: `Changes fields of a ${name}`,
        parameters: [idParameter, ...(versioned ? [draftParameter] : [])],
        requestBody: { required: true, content: upload ? body : { 'application/json': { schema: { ...ref(name) } } } },
        responses: { '200': json({ type: 'object', properties: { doc: ref(name), message: { type: 'string' } } }), ...errors },
      },
      delete: { tags: [slug], summary: `Deletes a ${name}`, parameters: [idParameter], responses: { '200': json({ type: 'object' }), ...errors } },
    },
  }
}

/**
 * The staff API's OpenAPI 3.1 document: Payload's REST routes for the content (each collection's
 * fields as JSON Schema, from the configuration itself), the Lexical shapes of rich text, and our
 * workflow, issue builder, credits, print and import endpoints.
 */
export function staffOpenAPIDocument(payload: Payload) {
  const documentSchemas = Object.fromEntries(DOCUMENTED_COLLECTIONS.map((slug) => [schemaName(slug), objectSchema(payload.collections[slug].config.fields)]))
  return {
    openapi: '3.1.0',
    info: {
      title: 'Bulletin CMS staff API',
      version: '1',
      description:
        'Writing bulletins over HTTP. Sign in with POST /api/users/login { email, password } and send the token as `Authorization: JWT <token>`. Items and issues are saved as drafts (?draft=true) and change state only through their workflow endpoint; published content reaches the public through review. Errors: `{ errors: [{ message, data }] }`, in the language of Accept-Language (zh by default, en).',
    },
    servers: [{ url: '/api' }],
    security: [{ jwt: [] }],
    tags: [...DOCUMENTED_COLLECTIONS, 'workflow', 'issue builder', 'credits', 'print', 'import'].map((name) => ({ name })),
    paths: {
      '/users/login': {
        post: {
          tags: ['sign-in'],
          security: [],
          summary: 'Signs in; the token goes in `Authorization: JWT <token>`',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { email: { type: 'string' }, password: { type: 'string' } }, required: ['email', 'password'] } } } },
          responses: { '200': json({ type: 'object', properties: { token: { type: 'string' }, exp: { type: 'integer' }, user: { type: 'object' } } }), '401': json(ref('Errors'), 'Wrong address or password') },
        },
      },
      ...Object.assign({}, ...DOCUMENTED_COLLECTIONS.map((slug) => collectionPaths(payload, slug))),
      ...customPaths(),
    },
    components: {
      securitySchemes: { jwt: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'JWT <token> from /api/users/login' } },
      schemas: {
        ...documentSchemas,
        ...lexicalSchemas(),
        Translated: { type: 'object', properties: Object.fromEntries(languages.map((language) => [language, { type: 'string' }])) },
        Errors: {
          type: 'object',
          properties: { errors: { type: 'array', items: { type: 'object', properties: { message: { type: 'string' }, data: {} }, required: ['message'] } } },
          required: ['errors'],
        },
      },
    },
  }
}

type Operation = { summary: string }

/** /api/docs: the endpoints at a glance, and where the machine-readable document is. */
export function staffAPIDocsPage(payload: Payload): string {
  const document = staffOpenAPIDocument(payload)
  const rows = Object.entries(document.paths)
    .flatMap(([path, operations]) =>
      Object.entries(operations as Record<string, Operation>).map(
        ([method, operation]) => `<tr><td><code>${method.toUpperCase()} /api${escapeHTML(path)}</code></td><td>${escapeHTML(operation.summary)}</td></tr>`,
      ),
    )
    .join('')
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${escapeHTML(document.info.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:1100px;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}code{font-size:.9em}</style>
</head><body><h1>${escapeHTML(document.info.title)}</h1><p>${escapeHTML(document.info.description)}</p>
<p>Machine-readable, with every collection's fields and the rich-text shapes (footnotes, tables, figures): <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<table><thead><tr><th>Endpoint</th><th>What it does</th></tr></thead><tbody>${rows}</tbody></table></body></html>`
}
