/**
 * How S3_* configures media storage, and S3_PREFIX on a real Payload (in-process) and the S3
 * emulator: a folder of the bucket per installation, read back by the print edition's reader and
 * Payload's file route alike.
 */
import { mediaFileBytes, mediaFileOf } from '../../src/storage/mediaFiles'
import { s3Settings } from '../../src/storage/s3'
import { createUser } from '../helpers/fixtures'
import { chartPNG, pngFile } from '../helpers/images'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { login } from '../helpers/rest'
import { type InProcessServer, startInProcessServer } from '../helpers/restClient'
import { type S3Emulator, startS3Emulator } from '../helpers/s3Emulator'

const BUCKET = 'prefixed-media'
const PREFIX = 'office-a/images'

describe('S3 settings from the environment', () => {
  it('keep images on disk when no S3_* is set', () => {
    expect(s3Settings({})).toBeUndefined()
  })

  it('address a custom endpoint by path, with the given keys, region and prefix', () => {
    const settings = s3Settings({ S3_BUCKET: 'b', S3_ENDPOINT: 'http://127.0.0.1:9000', S3_REGION: 'eu-central-1', S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret', S3_PREFIX: '/bulletin/' })
    expect(settings).toMatchObject({
      bucket: 'b',
      prefix: 'bulletin',
      config: { endpoint: 'http://127.0.0.1:9000', forcePathStyle: true, region: 'eu-central-1', credentials: { accessKeyId: 'id', secretAccessKey: 'secret' } },
    })
  })

  it('leave AWS itself to the SDK’s defaults: virtual-host addressing, its own credential chain', () => {
    const settings = s3Settings({ S3_BUCKET: 'b', S3_REGION: 'ap-east-1' })
    expect(settings?.config).toEqual({ region: 'ap-east-1' })
  })

  it('refuse half a configuration instead of quietly keeping images on one server’s disk', () => {
    expect(() => s3Settings({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_PREFIX: 'x' })).toThrow('S3_ENDPOINT, S3_PREFIX are set but S3_BUCKET is not')
    expect(() => s3Settings({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'id' })).toThrow('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together')
  })
})

describe('S3_PREFIX', () => {
  let s3: S3Emulator
  let context: TestPayload
  let server: InProcessServer

  beforeAll(async () => {
    s3 = await startS3Emulator([BUCKET])
    context = await initPayload('media-s3-prefix', { env: s3.env(BUCKET, PREFIX) })
    server = await startInProcessServer(context.payload)
  })
  afterAll(async () => {
    await server?.stop()
    await context?.close()
    await s3?.stop()
  })

  it('keeps an image and its sizes under the prefix, where the print reader and the file route find them, and deletes them with it', async () => {
    const original = await chartPNG(1600, 1000)
    const image = await context.payload.create({ collection: 'media', data: { alt: '前缀图' }, file: pngFile(original, 'prefixed.png') })
    const files = [image.filename, image.sizes?.thumbnail?.filename, image.sizes?.web?.filename, image.sizes?.print?.filename] as string[]
    expect(await s3.keys(BUCKET)).toEqual(files.map((file) => `${PREFIX}/${file}`).sort())
    expect(image.prefix).toBe(PREFIX)

    expect((await mediaFileBytes(mediaFileOf(image)!))?.equals(original)).toBe(true)
    const print = await mediaFileBytes(mediaFileOf(image, image.sizes?.print?.filename)!)
    expect(print?.equals((await s3.object(BUCKET, `${PREFIX}/${image.sizes?.print?.filename}`)).bytes)).toBe(true)
    expect(await mediaFileBytes({ filename: 'never-uploaded.png', prefix: PREFIX })).toBeUndefined()

    const { email, password } = await createUser(context.payload, ['editor'])
    const token = await login(server.baseURL, email, password)
    const served = await server.fetch(image.url as string, { headers: { Authorization: `JWT ${token}` } })
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(original)).toBe(true)

    await context.payload.delete({ collection: 'media', id: image.id })
    expect(await s3.keys(BUCKET)).toEqual([])
  })
})
