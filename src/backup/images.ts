import { cpSync, mkdirSync, rmSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { mediaDirectory } from '../lib/env'
import { bucketName, s3Client, type S3Settings, s3Settings } from '../storage/s3'
import { every10Percent, filesUnder, type Progress } from './archive'

/**
 * Where an installation keeps its images, as backup and restore copy them: MEDIA_DIR, or the
 * bucket's S3_PREFIX folder. Files are named relative to it in the archive either way, so a
 * backup restores into the other kind too (the documents name the file, and the folder only when
 * it is S3_PREFIX, which restore puts them back under).
 */
export type ImageStore = {
  /** For the progress lines: the folder, or s3://bucket/prefix. */
  name: string
  list: () => Promise<string[]>
  /** Copies the listed files into a folder. */
  copyInto: (files: string[], folder: string, progress: Progress) => Promise<void>
  /** Puts a folder's files in; `replace` removes what was there first (on disk; see bucketStore). */
  fill: (folder: string, files: string[], replace: boolean, progress: Progress) => Promise<void>
}

function diskStore(directory: string): ImageStore {
  return {
    name: directory,
    list: async () => filesUnder(directory),
    copyInto: async (files, folder) => {
      if (files.length) cpSync(directory, folder, { recursive: true })
    },
    fill: async (folder, files, replace) => {
      if (replace) rmSync(directory, { force: true, recursive: true })
      if (files.length) cpSync(folder, directory, { recursive: true })
    },
  }
}

// The types the media collection accepts and makes; the bucket serves an object with the type it was stored with.
const CONTENT_TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif' }

/** A few transfers at a time: a bucket is far away, but thousands of requests at once help nobody. */
async function inTurns<T>(items: T[], work: (item: T) => Promise<void>, concurrency = 8): Promise<void> {
  let next = 0
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await work(items[next++])
  }))
}

function bucketStore(settings: S3Settings): ImageStore {
  const s3 = s3Client(settings)
  const folder = settings.prefix ? `${settings.prefix}/` : ''
  return {
    name: bucketName(settings),
    list: async () => {
      const files: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await s3.listObjectsV2({ Bucket: settings.bucket, Prefix: folder || undefined, ContinuationToken })
        for (const { Key } of page.Contents ?? []) if (Key && !Key.endsWith('/')) files.push(Key.slice(folder.length))
        ContinuationToken = page.NextContinuationToken
      } while (ContinuationToken)
      return files
    },
    copyInto: async (files, into, progress) => {
      const done = every10Percent(files.length, progress, 'downloaded')
      await inTurns(files, async (file) => {
        const target = path.resolve(into, file)
        // A key such as a/../../x must not write outside the archive's folder.
        if (!target.startsWith(`${path.resolve(into)}${path.sep}`)) throw new Error(`The bucket holds an object whose name leaves its folder: ${folder}${file}`)
        const object = await s3.getObject({ Bucket: settings.bucket, Key: `${folder}${file}` })
        mkdirSync(path.dirname(target), { recursive: true })
        await writeFile(target, await object.Body!.transformToByteArray())
        done()
      })
    },
    // Objects already in the bucket are kept, also with --force: deleting a bucket's contents is
    // left to its owner (and its versioning); an image the restored database does not name is never shown.
    fill: async (from, files, _replace, progress) => {
      const done = every10Percent(files.length, progress, 'uploaded')
      await inTurns(files, async (file) => {
        await s3.putObject({
          Bucket: settings.bucket,
          Key: `${folder}${file.split(path.sep).join('/')}`,
          Body: await readFile(path.join(from, file)),
          ContentType: CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        })
        done()
      })
    },
  }
}

/** This installation's images: in the bucket when S3_BUCKET is set, else in MEDIA_DIR. */
export function imageStore(): ImageStore {
  const settings = s3Settings()
  return settings ? bucketStore(settings) : diskStore(mediaDirectory())
}
