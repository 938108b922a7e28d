import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { mediaDirectory } from '../lib/env'
import type { Media } from '../payload-types'
import { type MediaFile, objectKey, s3Client, s3Settings } from './s3'

export type { MediaFile } from './s3'

/** The file of an image document, or of one of its sizes, as mediaFileBytes reads it. */
export function mediaFileOf(media: Pick<Media, 'filename' | 'prefix' | '_objectKey'>, filename = media.filename): MediaFile | undefined {
  return filename ? { filename, prefix: media.prefix, objectKey: media._objectKey } : undefined
}

const missing = (error: unknown): boolean => {
  const { code, name, $metadata } = (error ?? {}) as { code?: string; name?: string; $metadata?: { httpStatusCode?: number } }
  return code === 'ENOENT' || name === 'NoSuchKey' || name === 'NotFound' || $metadata?.httpStatusCode === 404
}

/**
 * The bytes of an uploaded file, from MEDIA_DIR or from the bucket; undefined when the file is
 * not there (deleted, never copied). Any other failure, such as an unreachable bucket, throws:
 * a printed edition must not be made, and cached, without its figures.
 */
export async function mediaFileBytes(file: MediaFile): Promise<Buffer | undefined> {
  try {
    const settings = s3Settings()
    if (!settings) return await readFile(path.join(mediaDirectory(), file.filename))
    const object = await s3Client(settings).getObject({ Bucket: settings.bucket, Key: objectKey(settings, file) })
    return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : undefined
  } catch (error) {
    if (missing(error)) return undefined
    throw error
  }
}
