import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { createUser } from '../helpers/fixtures'
import { chartPNG, noisePNG } from '../helpers/images'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { login, restClient } from '../helpers/rest'
import { type InProcessServer, startInProcessServer } from '../helpers/restClient'

const MAX_BYTES = 300_000
const MAX_PIXELS = 3_000_000

let context: TestPayload
let server: InProcessServer
let api: ReturnType<typeof restClient>
let token: string

function uploadForm(data: Buffer, name: string, type: string, fields: Record<string, unknown>): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(data)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return form
}

function storedFiles(): string[] {
  const directory = context.database.mediaDirectory
  return existsSync(directory) ? readdirSync(directory) : []
}

async function uploadInEnglish(form: FormData) {
  return api.post('/api/media', form, { 'Accept-Language': 'en' })
}

beforeAll(async () => {
  context = await initPayload('media', { env: { MEDIA_MAX_BYTES: String(MAX_BYTES), MEDIA_MAX_PIXELS: String(MAX_PIXELS) } })
  const admin = await createUser(context.payload, ['admin'])
  server = await startInProcessServer(context.payload)
  token = await login(server.baseURL, admin.email, admin.password)
  api = restClient(server.baseURL, token)
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

describe('image uploads', () => {
  it('stores the original and makes the thumbnail, web and print sizes with sharp', async () => {
    const { body, status } = await api.post(
      '/api/media',
      uploadForm(await chartPNG(1600, 1000), 'chart.png', 'image/png', { alt: '柱状图', captionZh: '投入变化' }),
    )
    expect(status).toBe(201)
    const doc = body.doc
    expect(doc).toMatchObject({ width: 1600, height: 1000, mimeType: 'image/png', alt: '柱状图' })
    expect(doc.sizes.thumbnail).toMatchObject({ width: 400, height: 250, mimeType: 'image/png' })
    expect(doc.sizes.web).toMatchObject({ width: 1200, height: 750, mimeType: 'image/webp' })
    expect(doc.sizes.print).toMatchObject({ mimeType: 'image/png' })
    for (const file of [doc.filename, doc.sizes.thumbnail.filename, doc.sizes.web.filename, doc.sizes.print.filename]) {
      expect(existsSync(path.join(context.database.mediaDirectory, file))).toBe(true)
    }
    expect(doc.sizes.web.url).toMatch(new RegExp(`^${server.baseURL}/api/media/file/`))
    const served = await server.fetch(doc.sizes.web.url, { headers: { Authorization: `JWT ${token}` } })
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toBe('image/webp')
    // Not yet in a published item: not public.
    expect((await server.fetch(doc.sizes.web.url)).status).toBe(403)
  })

  it('drops direction overrides and invisible characters from the file name', async () => {
    const { body, status } = await api.post('/api/media', uploadForm(await chartPNG(300, 200), 'chart\u202Egnp.exe\u200B.png', 'image/png', { alt: '改名图' }))
    expect(status).toBe(201)
    expect(body.doc.filename).toBe('chartgnp.exe.png')
    expect(storedFiles()).toContain('chartgnp.exe.png')
  })

  it('updates the texts of an image and deletes it with all its sizes', async () => {
    const { body } = await api.post(
      '/api/media',
      uploadForm(await chartPNG(800, 500), 'to-delete.png', 'image/png', { alt: '待删除' }),
    )
    const id = body.doc.id
    const updated = await api.patch(`/api/media/${id}`, { captionEn: 'Revised caption', figureNumber: '图 2' })
    expect(updated.status).toBe(200)
    expect(updated.body.doc).toMatchObject({ captionEn: 'Revised caption', figureNumber: '图 2', alt: '待删除' })
    const files = [body.doc.filename, body.doc.sizes.thumbnail.filename, body.doc.sizes.web.filename]
    expect((await api.delete(`/api/media/${id}`)).status).toBe(200)
    expect((await api.get(`/api/media/${id}`)).status).toBe(404)
    for (const file of files) expect(storedFiles()).not.toContain(file)
  })

  it('requires alternative text', async () => {
    const before = storedFiles()
    const { body, status } = await uploadInEnglish(uploadForm(await chartPNG(400, 300), 'no-alt.png', 'image/png', {}))
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0].path).toBe('alt')
    expect(storedFiles()).toEqual(before)
  })

  it('refuses a file over the size limit with the sizes in the message', async () => {
    const before = storedFiles()
    const { body, status } = await uploadInEnglish(
      uploadForm(await noisePNG(400, 400), 'large.png', 'image/png', { alt: '过大的图片' }),
    )
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0]).toMatchObject({
      path: 'file',
      message: expect.stringMatching(/The file is [\d.]+ MB; uploads may be at most 0\.3 MB/),
    })
    expect(storedFiles()).toEqual(before)
  })

  it('refuses an image with too many pixels', async () => {
    const before = storedFiles()
    const { body, status } = await uploadInEnglish(
      uploadForm(await chartPNG(2500, 1500), 'huge.png', 'image/png', { alt: '像素过多' }),
    )
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0].message).toContain('2500 × 1500 pixels; at most 3 megapixels')
    expect(storedFiles()).toEqual(before)
  })

  it('refuses a file that is not an image, whatever it is called', async () => {
    const before = storedFiles()
    const { body, status } = await api.post(
      '/api/media',
      uploadForm(Buffer.from('这不是图片'), 'fake.png', 'image/png', { alt: '假图片' }),
    )
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(/不是可识别的图片|文件类型|file type/i)
    expect(storedFiles()).toEqual(before)
  })
})
