/**
 * Images in an S3-compatible bucket (S3_* set), seen from the outside: uploads over REST to the
 * real server land as objects in the bucket (the original and every size) and never on the disk;
 * they are served only through Payload's file route, under the collection's access rules; the
 * printed editions read them from the bucket; and a second server on the same database and
 * bucket serves what the first received.
 */
import JSZip from 'jszip'

import { filesUnder } from '../../src/backup/archive'
import { createScaffold, paragraph, richText, text } from '../helpers/fixtures'
import { chartPNG } from '../helpers/images'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type S3Emulator, startS3Emulator } from '../helpers/s3Emulator'
import { signInStaff, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { publishThroughWorkflow } from '../helpers/workflow'
import { readPDF } from '../print/pdfPoppler'

const BUCKET = 'bulletin-media'

let s3: S3Emulator
let context: TestPayload
let server: TestServer
let staff: Record<'editor' | 'reviewer', StaffMember>
let issueNumber = 0

type UploadedImage = { id: number; filename: string; url: string; sizes: Record<'thumbnail' | 'web' | 'print', { filename: string; url: string; mimeType: string }> }

async function upload(baseURL: string, name: string, bytes: Buffer): Promise<UploadedImage> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name)
  form.append('_payload', JSON.stringify({ alt: `图 ${name}`, captionZh: `图题 ${name}` }))
  const response = await fetch(`${baseURL}/api/media`, { method: 'POST', body: form, headers: { Authorization: `JWT ${staff.editor.token}` } })
  const body = await response.json()
  expect({ status: response.status, body }).toMatchObject({ status: 201 })
  return body.doc
}

/** GET with the editor's session or, without `token`, as the public. */
async function get(url: string, token?: string) {
  const response = await fetch(url, { headers: token ? { Authorization: `JWT ${token}` } : {} })
  return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) }
}

const sizesOf = (image: UploadedImage) => [image.filename, image.sizes.thumbnail.filename, image.sizes.web.filename, image.sizes.print.filename]

beforeAll(async () => {
  s3 = await startS3Emulator([BUCKET])
  // The spec's own Payload (fixtures, publishing) and the server keep images in the same bucket.
  context = await initPayload('media-s3', { env: s3.env(BUCKET) })
  server = await startTestServer(context.database, s3.env(BUCKET))
  staff = await signInStaff(context.payload, server.baseURL, { editor: ['editor'], reviewer: ['reviewer'] })
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
  await s3?.stop()
})

describe('images in S3', () => {
  it('an upload over REST lands in the bucket, the original and its sizes, and nothing is written to MEDIA_DIR', async () => {
    const original = await chartPNG(1600, 1000)
    const image = await upload(server.baseURL, 'bucket-chart.png', original)

    const keys = await s3.keys(BUCKET)
    expect(keys).toEqual(expect.arrayContaining(sizesOf(image)))
    expect((await s3.object(BUCKET, image.filename)).bytes.equals(original)).toBe(true)
    expect((await s3.object(BUCKET, image.sizes.web.filename)).contentType).toBe('image/webp')
    expect((await s3.object(BUCKET, image.sizes.thumbnail.filename)).contentType).toBe('image/png')
    expect(filesUnder(context.database.mediaDirectory)).toEqual([])
  })

  it('serves staff through /api/media/file/…, never a bucket address, and gives the public no unpublished image', async () => {
    const image = await upload(server.baseURL, 'staff-only.png', await chartPNG(800, 500))
    for (const url of [image.url, ...Object.values(image.sizes).map((size) => size.url)]) {
      expect(url.startsWith(`${server.baseURL}/api/media/file/`)).toBe(true)
      expect(url).not.toContain(s3.endpoint)
    }
    const served = await get(image.url, staff.editor.token)
    expect(served).toMatchObject({ status: 200, type: 'image/png' })
    expect(served.bytes.equals((await s3.object(BUCKET, image.filename)).bytes)).toBe(true)
    const web = await get(image.sizes.web.url, staff.editor.token)
    expect(web).toMatchObject({ status: 200, type: 'image/webp' })
    expect(web.bytes.equals((await s3.object(BUCKET, image.sizes.web.filename)).bytes)).toBe(true)

    for (const url of [image.url, image.sizes.web.url, image.sizes.print.url]) expect((await get(url)).status).toBe(403)
  })

  it('once the issue showing it is published, the public gets it, and the PDF and Word editions embed it from the bucket', async () => {
    const image = await upload(server.baseURL, 'published-figure.png', await chartPNG(1600, 1000))
    expect((await get(image.sizes.print.url)).status).toBe(403)

    const scaffold = await createScaffold(context.payload, 2033, ++issueNumber)
    await context.payload.create({
      collection: 'items',
      data: {
        title: '桶中图片的稿件',
        issue: scaffold.issue.id,
        section: scaffold.sections[0].id,
        body: richText(paragraph(text('正文见图。')), { type: 'upload', version: 3, id: 'figure', fields: {}, format: '', relationTo: 'media', value: image.id }),
      },
      draft: true,
    })
    await publishThroughWorkflow(context.payload, scaffold.issue.id, { editor: staff.editor.user, reviewer: staff.reviewer.user })

    const published = await get(image.url)
    expect(published).toMatchObject({ status: 200, type: 'image/png' })
    expect(published.bytes.equals((await s3.object(BUCKET, image.filename)).bytes)).toBe(true)
    expect((await get(image.sizes.web.url)).status).toBe(200)

    const pdf = await get(`${server.baseURL}/delivery/v1/issues/${scaffold.issue.id}/pdf`)
    expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' })
    expect(readPDF(pdf.bytes, 's3-figure').images).toBe(1)

    const docx = await get(`${server.baseURL}/delivery/v1/issues/${scaffold.issue.id}/docx`)
    expect(docx.status).toBe(200)
    const embedded = Object.keys((await JSZip.loadAsync(docx.bytes)).files).filter((name) => name.startsWith('word/media/'))
    expect(embedded).toHaveLength(1)
    // The figure's bytes can only have come from the bucket.
    expect(filesUnder(context.database.mediaDirectory)).toEqual([])
  })

  it('two servers on one database and bucket: an image uploaded through one is served by the other, and deleted through it from the bucket', async () => {
    const second = await startTestServer(context.database, s3.env(BUCKET))
    try {
      const original = await chartPNG(900, 600)
      const image = await upload(server.baseURL, 'shared.png', original)
      const elsewhere = image.url.replace(server.baseURL, second.baseURL)
      const served = await get(elsewhere, staff.editor.token)
      expect(served).toMatchObject({ status: 200, type: 'image/png' })
      expect(served.bytes.equals(original)).toBe(true)

      const deleted = await fetch(`${second.baseURL}/api/media/${image.id}`, { method: 'DELETE', headers: { Authorization: `JWT ${staff.editor.token}` } })
      expect(deleted.status).toBe(200)
      const keys = await s3.keys(BUCKET)
      for (const file of sizesOf(image)) expect(keys).not.toContain(file)
      expect((await get(image.url, staff.editor.token)).status).toBe(404)
    } finally {
      await second.stop()
    }
  })
})
