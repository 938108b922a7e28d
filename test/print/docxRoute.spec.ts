import { DomUtils, parseDocument } from 'htmlparser2'
import JSZip from 'jszip'

import { createScaffold } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { startTestServer, type TestServer } from '../helpers/testServer'

const BASE = '/delivery/v1'
/** The seed's series, with its published issues. */
const DEMO_SERIES = 'energy-materials-bulletin'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number]
type Delivered = {
  id: number
  label: string
  seriesInfo: { title: string }
  sections: Array<{ name: string; items: Array<{ title: string; creditLine: string }> }>
  footnotes: Array<{ number: number; title: string; url: string | null }>
}

let context: TestPayload
let server: TestServer
let issue: Delivered
let unpublishedIssueID: number | string

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.baseURL}${BASE}${path}`, { headers })
const all = (node: Parameters<typeof DomUtils.getElementsByTagName>[1], tag: string) => DomUtils.getElementsByTagName(tag, node, true)
const textOf = (node: Element) => all(node, 'w:t').map((element) => DomUtils.textContent(element)).join('')

beforeAll(async () => {
  context = await initPayload('print-docx-route', { content: 'demo' })
  unpublishedIssueID = (await createScaffold(context.payload, 2026, 9)).issue.id
  server = await startTestServer(context.database)
  const { docs: issues } = await (await get(`/series/${DEMO_SERIES}/issues`)).json()
  issue = await (await get(`/issues/${issues[0].id}/full`)).json()
})

afterAll(async () => {
  await server?.stop()
  await context?.close()
})

describe('GET /delivery/v1/issues/:id/docx', () => {
  it('answers a published issue with a Word file to download under its Chinese name', async () => {
    const response = await get(`/issues/${issue.id}/docx`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(DOCX)
    const disposition = response.headers.get('content-disposition') ?? ''
    expect(disposition).toMatch(/^attachment; filename="bulletin-\d{4}-\d{2}\.docx"; filename\*=UTF-8''/)
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(`${issue.seriesInfo.title}${issue.label}.docx`)
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/)

    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()))
    const xml = async (name: string) => parseDocument(await zip.file(name)!.async('string'), { xmlMode: true })
    const document = await xml('word/document.xml')
    const paragraphs = all(document, 'w:p').map((p) => ({ style: all(p, 'w:pStyle')[0]?.attribs['w:val'], text: textOf(p) }))
    const headings = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text)
    expect(headings('Heading1')).toEqual(issue.sections.map((section) => `◆ ${section.name}`))
    expect(headings('Heading2')).toEqual(issue.sections.flatMap((section) => section.items.map((item) => item.title)))
    expect(headings('CreditLine')).toEqual(issue.sections.flatMap((section) => section.items.map((item) => item.creditLine)).filter(Boolean))

    // The same footnotes as the web edition, under the same numbers.
    expect(issue.footnotes.length).toBeGreaterThan(0)
    const notes = all(await xml('word/footnotes.xml'), 'w:footnote').filter((element) => !element.attribs['w:type'])
    expect(notes.map((element) => Number(element.attribs['w:id']))).toEqual(issue.footnotes.map((footnote) => footnote.number))
    for (const [index, footnote] of issue.footnotes.entries()) {
      expect(textOf(notes[index])).toContain(footnote.title)
      if (footnote.url) expect(textOf(notes[index])).toContain(footnote.url)
    }
    const cited = all(document, 'w:footnoteReference').map((element) => Number(element.attribs['w:id']))
    expect(cited).toEqual(issue.footnotes.map((footnote) => footnote.number))
  })

  it('is cached with an ETag: the same bytes again, and 304 when the client has them', async () => {
    const first = await get(`/issues/${issue.id}/docx`)
    const bytes = Buffer.from(await first.arrayBuffer())
    const etag = first.headers.get('etag')!
    const again = await get(`/issues/${issue.id}/docx`)
    expect(again.headers.get('etag')).toBe(etag)
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true)
    const notModified = await get(`/issues/${issue.id}/docx`, { 'If-None-Match': etag })
    expect(notModified.status).toBe(304)
    expect((await notModified.arrayBuffer()).byteLength).toBe(0)
  })

  it('does not exist for an unpublished or unknown issue, and refuses an impossible id with a 400 naming it', async () => {
    for (const id of [unpublishedIssueID, 987654]) {
      const response = await get(`/issues/${id}/docx`)
      expect({ id, status: response.status }).toEqual({ id, status: 404 })
      expect((await response.json()).error.message).toBe(`Issue ${id} not found.`)
    }
    const impossible = await get('/issues/abc/docx')
    expect(impossible.status).toBe(400)
    expect(impossible.headers.get('content-type')).toMatch(/^application\/json/)
    expect((await impossible.json()).error.message).toContain('"abc"')
  })

  it('is listed in the OpenAPI document as a Word file', async () => {
    const openapi = await (await get('/openapi.json')).json()
    expect(Object.keys(openapi.paths['/issues/{id}/docx'].get.responses['200'].content)).toEqual([DOCX])
  })
})
