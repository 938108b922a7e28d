import { initPayload, type TestPayload } from '../helpers/initPayload'
import { signInStaff, type StaffMember, workflow } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { readPDF } from './pdfPoppler'

const BASE = '/delivery/v1'

type Delivered = {
  id: number
  title: string
  sections: Array<{ name: string; items: Array<{ id: number; title: string }> }>
  footnotes: Array<{ number: number; title: string }>
}

let context: TestPayload
let server: TestServer
let staff: Record<'admin' | 'editor' | 'reviewer', StaffMember>
let issue: Delivered

const squeeze = (value: string) => value.replace(/\s+/g, '')

async function getPDF(id: number | string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.baseURL}${BASE}/issues/${id}/pdf`, { headers })
  return { response, bytes: Buffer.from(await response.arrayBuffer()) }
}

async function deliveredIssue(id: number): Promise<Delivered> {
  return (await fetch(`${server.baseURL}${BASE}/issues/${id}/full`)).json()
}

beforeAll(async () => {
  context = await initPayload('print-pdf-route', { content: 'demo' })
  server = await startTestServer(context.database)
  staff = await signInStaff(context.payload, server.baseURL, { admin: ['admin'], editor: ['editor'], reviewer: ['reviewer'] })
  const [series] = (await (await fetch(`${server.baseURL}${BASE}/series`)).json()).docs
  const [latest] = (await (await fetch(`${server.baseURL}${BASE}/series/${series.slug}/issues`)).json()).docs
  issue = await deliveredIssue(latest.id)
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

describe('GET /delivery/v1/issues/:id/pdf', () => {
  it('answers a published issue with its PDF edition: every item, the delivery API’s footnote numbers', async () => {
    const { response, bytes } = await getPDF(issue.id)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const disposition = response.headers.get('content-disposition') ?? ''
    expect(disposition).toMatch(/^inline; filename="bulletin-\d{4}-\d{2}\.pdf"; filename\*=UTF-8''/)
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toMatch(/^\p{Script=Han}+\d{4}【\d{2}】\.pdf$/u)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')

    const pdf = readPDF(bytes, 'route-published')
    expect(pdf.info['Page size']).toMatch(/A4/)
    const text = squeeze(pdf.rawPages.join('\n'))
    for (const section of issue.sections) {
      expect(text).toContain(squeeze(`◆ ${section.name}`))
      for (const item of section.items) expect(text).toContain(squeeze(item.title))
    }
    expect(issue.footnotes.length).toBeGreaterThan(0)
    const entries = pdf.rawPages.flatMap((page) => page.split('\n').map(squeeze))
    for (const note of issue.footnotes) {
      const entry = entries.find((line) => line.startsWith(String(note.number)) && line.includes(squeeze(note.title)))
      expect({ number: note.number, entry }).toEqual({ number: note.number, entry: expect.any(String) })
    }
  })

  it('is cached with an ETag: a repeat with If-None-Match gets 304 and no body', async () => {
    const first = await getPDF(issue.id)
    const etag = first.response.headers.get('etag') as string
    expect(etag).toMatch(/^".+"$/)
    expect(first.response.headers.get('cache-control')).toContain('max-age=')
    const again = await getPDF(issue.id, { 'If-None-Match': etag })
    expect(again.response.status).toBe(304)
    expect(again.bytes.length).toBe(0)
  })

  it('answers 404 for an issue that is not published and 400 for an impossible id, as the other routes do', async () => {
    const draft = await context.payload.create({
      collection: 'issues',
      data: { series: (await context.payload.find({ collection: 'series', limit: 1 })).docs[0].id, year: 2031, number: 9 },
      draft: true,
    })
    const unpublished = await getPDF(draft.id)
    expect(unpublished.response.status).toBe(404)
    expect(JSON.parse(unpublished.bytes.toString()).error.message).toMatch(/not found/)
    expect((await getPDF('not-an-id')).response.status).toBe(400)
  })

  it('is made again once a correction is published', async () => {
    const before = await getPDF(issue.id)
    const item = issue.sections[0].items[0]
    const correctedTitle = `${item.title}（更正）`
    expect((await staff.editor.client.patch(`/api/items/${item.id}?draft=true`, { title: correctedTitle })).status).toBe(200)
    expect((await workflow(staff.editor.client, 'items', item.id, 'submit')).status).toBe(200)
    expect((await workflow(staff.reviewer.client, 'items', item.id, 'approve')).status).toBe(200)
    expect((await workflow(staff.editor.client, 'issues', issue.id, 'publish')).status).toBe(200)

    const after = await getPDF(issue.id)
    expect(after.response.status).toBe(200)
    expect(after.response.headers.get('etag')).not.toBe(before.response.headers.get('etag'))
    const text = squeeze(readPDF(after.bytes, 'route-corrected').rawPages.join('\n'))
    expect(text).toContain(squeeze(correctedTitle))
  })

  it('is listed in the OpenAPI document', async () => {
    const document = await (await fetch(`${server.baseURL}${BASE}/openapi.json`)).json()
    expect(Object.keys(document.paths['/issues/{id}/pdf'].get.responses['200'].content)).toEqual(['application/pdf'])
  })
})

describe('without the CJK fonts', () => {
  it('answers 503 naming the package to install, and prints nothing with missing glyphs; start-up and /healthz say so', async () => {
    const fontless = await startTestServer(context.database, { PRINT_FONT_DIRS: '/nonexistent/fonts' })
    try {
      const response = await fetch(`${fontless.baseURL}${BASE}/issues/${issue.id}/pdf`)
      expect(response.status).toBe(503)
      const body = await response.json()
      expect(body.error.message).toMatch(/fonts-noto-cjk/)
      const preview = await fetch(`${fontless.baseURL}/api/issues/${issue.id}/print/pdf`, { headers: { Authorization: `JWT ${staff.editor.token}` } })
      expect(preview.status).toBe(503)
      expect((await preview.json()).errors[0].message).toMatch(/fonts-noto-cjk/)
      const health = await (await fetch(`${fontless.baseURL}/healthz`)).json()
      expect(health).toMatchObject({ status: 'ok', printEdition: false, warnings: [expect.stringContaining('fonts-noto-cjk')] })
      expect(fontless.output()).toContain('fonts-noto-cjk')
    } finally {
      await fontless.stop()
    }
  })
})
