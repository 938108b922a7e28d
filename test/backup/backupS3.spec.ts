/**
 * npm run backup and restore when the images are kept in S3: the backup downloads the bucket's
 * S3_PREFIX folder into the archive, and restore uploads it into another bucket, or puts it onto a
 * disk (MEDIA_DIR) for an installation without S3.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { filesUnder } from '../../src/backup/archive'
import { S3_VARIABLES } from '../../src/storage/s3'
import { chartPNG, pngFile } from '../helpers/images'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { npmRun } from '../helpers/npmRun'
import { type S3Emulator, startS3Emulator } from '../helpers/s3Emulator'

const PREFIX = 'bulletin'
const SOURCE = 'source-media'
const RESTORED = 'restored-media'
const WITHOUT_S3 = Object.fromEntries(S3_VARIABLES.map((name) => [name, '']))

let s3: S3Emulator
let context: TestPayload
let workspace: string


beforeAll(async () => {
  s3 = await startS3Emulator([SOURCE, RESTORED])
  context = await initPayload('backup-s3', { env: s3.env(SOURCE, PREFIX) })
  workspace = mkdtempSync(path.join(os.tmpdir(), 'bulletin-backup-s3-spec-'))
  await context.payload.create({ collection: 'media', data: { alt: '桶中备份用图' }, file: pngFile(await chartPNG(1600, 1000), 'bucket-backup.png') })
})
afterAll(async () => {
  await context?.close()
  await s3?.stop()
  rmSync(workspace, { force: true, recursive: true })
})

describe('npm run backup and restore with images in S3', () => {
  it('take the bucket’s images into the archive and put them into another bucket, or onto a disk', async () => {
    const sourceKeys = await s3.keys(SOURCE)
    expect(sourceKeys).toHaveLength(4)
    const archive = path.join(workspace, 'bulletin.tar.gz')
    const made = await npmRun('backup', [archive], { DATABASE_URI: context.database.uri, ...s3.env(SOURCE, PREFIX) })
    expect(made).toMatchObject({ code: 0, output: expect.stringContaining('Backup complete') })
    expect(made.output).toContain(`[2/3] images: 4 file(s) from s3://${SOURCE}/${PREFIX}`)

    const intoBucket = { DATABASE_URI: `file:${path.join(workspace, 'bucket', 'bulletin.db')}`, MEDIA_DIR: path.join(workspace, 'unused-media'), ...s3.env(RESTORED, PREFIX) }
    const restored = await npmRun('restore', [archive], intoBucket)
    expect(restored).toMatchObject({ code: 0, output: expect.stringContaining('Restore complete: 4 image file(s)') })
    expect(await s3.keys(RESTORED)).toEqual(sourceKeys)
    for (const key of sourceKeys) {
      const [before, after] = [await s3.object(SOURCE, key), await s3.object(RESTORED, key)]
      expect({ key, same: after.bytes.equals(before.bytes), type: after.contentType }).toEqual({ key, same: true, type: before.contentType })
    }
    expect(filesUnder(intoBucket.MEDIA_DIR)).toEqual([])

    const ontoDisk = { DATABASE_URI: `file:${path.join(workspace, 'disk', 'bulletin.db')}`, MEDIA_DIR: path.join(workspace, 'disk-media'), ...WITHOUT_S3 }
    expect(await npmRun('restore', [archive], ontoDisk)).toMatchObject({ code: 0, output: expect.stringContaining(`[3/3] images: ${ontoDisk.MEDIA_DIR}`) })
    expect(filesUnder(ontoDisk.MEDIA_DIR).sort()).toEqual(sourceKeys.map((key) => key.slice(PREFIX.length + 1)))
    for (const key of sourceKeys) {
      expect(readFileSync(path.join(ontoDisk.MEDIA_DIR, key.slice(PREFIX.length + 1))).equals((await s3.object(SOURCE, key)).bytes)).toBe(true)
    }
  })
})
