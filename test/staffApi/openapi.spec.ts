import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'

import { creditRoles } from '../../src/lib/credits'
import { createScaffold, type Scaffold } from '../helpers/fixtures'
import { chartPNG, pngFile } from '../helpers/images'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type InProcessServer, startInProcessServer } from '../helpers/restClient'
import { restClient } from '../helpers/rest'
import { signInStaff, type StaffMember } from '../helpers/staff'

type Document = { paths: Record<string, Record<string, any>>; components: { schemas: Record<string, any> } }

let context: TestPayload
let server: InProcessServer
let editor: StaffMember
let scaffold: Scaffold
let document: Document

beforeAll(async () => {
  context = await initPayload('staff-openapi')
  server = await startInProcessServer(context.payload)
  ;({ editor } = await signInStaff(context.payload, server.baseURL, { editor: ['editor'] }))
  scaffold = await createScaffold(context.payload, 2026, 4)
  const response = await restClient(server.baseURL).get('/api/openapi.json')
  expect(response.status).toBe(200)
  document = response.body
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

/** The documented example with this database's ids in place of the placeholders. */
function withIDs(example: any, ids: { issue: number; section: number; reference: number; media: number; contributors: number[] }) {
  const body = JSON.parse(JSON.stringify(example.body).replaceAll('"reference":1', `"reference":${ids.reference}`).replaceAll('"value":1', `"value":${ids.media}`))
  return { ...example, issue: ids.issue, section: ids.section, body, credits: example.credits.map((credit: any, index: number) => ({ ...credit, contributor: ids.contributors[index] })) }
}

describe('the staff API description (/api/openapi.json, /api/docs)', () => {
  it('is a valid OpenAPI 3.1 document, served to anyone', async () => {
    const validator = new Validator()
    const result = await validator.validate(structuredClone(document))
    expect(result.errors ?? []).toEqual([])
    expect(validator.version).toBe('3.1')
    const page = await restClient(server.baseURL).get('/api/docs')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.body).toContain('POST /api/items/{id}/workflow')
  })

  it('describes each collection’s fields from the configuration: credit roles, required fields, rich text, read-only workflow fields', () => {
    const item = document.components.schemas.Items
    expect(item.required).toEqual(expect.arrayContaining(['title', 'issue', 'section']))
    expect(item.properties.credits.items.properties.role.enum).toEqual([...creditRoles])
    expect(item.properties.body).toEqual(expect.objectContaining({ $ref: '#/components/schemas/RichText' }))
    expect(item.properties.workflowState.readOnly).toBe(true)
    expect(document.components.schemas.References.properties.kind.enum).toContain('journal_article')
    for (const path of ['/items', '/items/{id}', '/issues/{id}/workflow', '/issues/{id}/order', '/authors/credit-stats', '/issues/import', '/media']) {
      expect(Object.keys(document.paths)).toContain(path)
    }
  })

  it('gives Lexical shapes whose examples are valid against their own schemas', () => {
    const ajv = new Ajv2020({ strict: false })
    addFormats(ajv)
    ajv.addSchema({ $id: 'doc', components: document.components })
    for (const name of ['RichText', 'Paragraph', 'Heading', 'List', 'Table', 'TableCell', 'FootnoteMarker', 'Figure', 'Link', 'Text']) {
      const schema = document.components.schemas[name]
      const validate = ajv.compile({ $ref: `doc#/components/schemas/${name}` })
      expect([name, validate(schema.example), validate.errors]).toEqual([name, true, null])
    }
  })

  it('documents an item that the API takes as it stands: footnote, table, figure and credits', async () => {
    const image = await context.payload.create({ collection: 'media', data: { alt: '示例图' }, file: pngFile(await chartPNG(640, 400), 'example.png') })
    const example = document.paths['/items'].post.requestBody.content['application/json'].example
    const item = withIDs(example, {
      issue: scaffold.issue.id as number,
      section: scaffold.sections[0].id as number,
      reference: scaffold.references[0].id as number,
      media: image.id as number,
      contributors: scaffold.authors.map((author) => author.id as number),
    })
    const created = await editor.client.post('/api/items?draft=true', item)
    expect([created.status, created.body.errors]).toEqual([201, undefined])
    const stored = await context.payload.findByID({ collection: 'items', depth: 0, draft: true, id: created.body.doc.id })
    const types = stored.body!.root.children.map((node: { type: string }) => node.type)
    expect(types).toEqual(['heading', 'paragraph', 'list', 'table', 'upload', 'paragraph'])
    expect(stored.credits?.map((credit) => credit.role)).toEqual(['compiled', 'source'])
  })
})
