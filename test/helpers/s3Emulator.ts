import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { S3 } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

export type S3Object = { key: string; bytes: Buffer; contentType: string | undefined }

export type S3Emulator = {
  endpoint: string
  /** The S3_* settings of a Bulletin CMS that keeps its images in `bucket` (under `prefix`, if given). */
  env: (bucket: string, prefix?: string) => Record<string, string>
  /** Every key in the bucket, sorted, read through the S3 API as any client would. */
  keys: (bucket: string) => Promise<string[]>
  object: (bucket: string, key: string) => Promise<S3Object>
  stop: () => Promise<void>
}

// s3rver's own account; it checks request signatures against these.
const ACCESS_KEY = 'S3RVER'
const SECRET_KEY = 'S3RVER'

/**
 * An in-process S3 stand-in (s3rver, pure JavaScript) on 127.0.0.1 and a free port, keeping its
 * objects in a temporary folder of its own, with the named buckets created empty.
 */
export async function startS3Emulator(buckets: string[]): Promise<S3Emulator> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'bulletin-s3-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name })),
  })
  const { port } = (await server.run()) as AddressInfo
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3({
    endpoint,
    forcePathStyle: true,
    region: 'us-east-1',
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  return {
    endpoint,
    env: (bucket, prefix) => ({
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: ACCESS_KEY,
      S3_SECRET_ACCESS_KEY: SECRET_KEY,
      ...(prefix ? { S3_PREFIX: prefix } : {}),
    }),
    keys: async (bucket) => {
      const keys: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await client.listObjectsV2({ Bucket: bucket, ContinuationToken })
        keys.push(...(page.Contents ?? []).map((entry) => entry.Key as string))
        ContinuationToken = page.NextContinuationToken
      } while (ContinuationToken)
      return keys.sort()
    },
    object: async (bucket, key) => {
      const object = await client.getObject({ Bucket: bucket, Key: key })
      return { key, bytes: Buffer.from(await object.Body!.transformToByteArray()), contentType: object.ContentType }
    },
    stop: async () => {
      client.destroy()
      await server.close()
      rmSync(directory, { force: true, recursive: true })
    },
  }
}
