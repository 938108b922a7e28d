import { request as httpRequest } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import type { Payload } from 'payload'

import { createScaffold, createUser, paragraph, richText, text } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { publishThroughWorkflow } from '../helpers/workflow'

let context: TestPayload
let payload: Payload
let server: TestServer
let issueID: number | string

type Answer = { body: Buffer; headers: Record<string, string | string[] | undefined>; status: number }

/** A raw HTTP GET (fetch would decompress and hide Content-Encoding). */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(`${server.baseURL}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ body: Buffer.concat(chunks), headers: response.headers, status: response.statusCode ?? 0 }))
    })
    call.on('error', reject)
    call.end()
  })
}

beforeAll(async () => {
  context = await initPayload('delivery-compression')
  payload = context.payload
  const scaffold = await createScaffold(payload, 2026, 7)
  const editor = (await createUser(payload, ['editor'])).user
  const reviewer = (await createUser(payload, ['reviewer'])).user
  for (let index = 0; index < 3; index++) {
    await payload.create({
      collection: 'items',
      data: {
        body: richText(paragraph(text('钕铁硼永磁材料的产能与需求在本期中反复出现，正文足够长，压缩才有意义。'.repeat(20)))),
        issue: scaffold.issue.id,
        section: scaffold.sections[0].id,
        title: `压缩测试稿件 ${index}`,
      },
      draft: true,
    })
  }
  await publishThroughWorkflow(payload, scaffold.issue.id, { editor, reviewer })
  issueID = scaffold.issue.id
  server = await startTestServer(context.database)
})

afterAll(async () => {
  await server?.stop()
  await context?.close()
})

describe('compressed delivery', () => {
  it('answers brotli or gzip as the client accepts, decoding to the same JSON, and plain JSON otherwise', async () => {
    const path = `/delivery/v1/issues/${issueID}/full`
    const plain = await get(path)
    const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' })
    const gz = await get(path, { 'Accept-Encoding': 'gzip' })
    expect([plain.status, br.status, gz.status]).toEqual([200, 200, 200])
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(br.headers['content-encoding']).toBe('br')
    expect(gz.headers['content-encoding']).toBe('gzip')
    for (const answer of [plain, br, gz]) expect(answer.headers.vary).toContain('Accept-Encoding')
    const json = JSON.parse(plain.body.toString('utf8'))
    expect(json.sections.flatMap((section: { items: unknown[] }) => section.items)).toHaveLength(3)
    expect(JSON.parse(brotliDecompressSync(br.body).toString('utf8'))).toEqual(json)
    expect(JSON.parse(gunzipSync(gz.body).toString('utf8'))).toEqual(json)
    expect(br.body.length).toBeLessThan(plain.body.length / 2)
  })

  it('gives each form its own ETag and answers 304 to the form the client holds', async () => {
    const path = `/delivery/v1/issues/${issueID}/full`
    const plain = await get(path)
    const br = await get(path, { 'Accept-Encoding': 'br' })
    expect(br.headers.etag).not.toBe(plain.headers.etag)
    expect((await get(path, { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag as string })).status).toBe(304)
    expect((await get(path, { 'If-None-Match': plain.headers.etag as string })).status).toBe(304)
    expect((await get(path, { 'If-None-Match': br.headers.etag as string })).status).toBe(200)
  })

  it('leaves small bodies and the PDF and Word editions uncompressed', async () => {
    const series = await get('/delivery/v1/series', { 'Accept-Encoding': 'br' })
    expect(series.status).toBe(200)
    if (series.body.length < 1024) expect(series.headers['content-encoding']).toBeUndefined()
    const docx = await get(`/delivery/v1/issues/${issueID}/docx`, { 'Accept-Encoding': 'br, gzip' })
    expect(docx.status).toBe(200)
    expect(docx.headers['content-encoding']).toBeUndefined()
  })
})
