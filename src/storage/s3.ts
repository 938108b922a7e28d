import { S3, type S3ClientConfig } from '@aws-sdk/client-s3'
import { buildStoragePathData, sanitizePrefix } from '@payloadcms/plugin-cloud-storage/utilities'

/** The variables that configure media storage in S3; see .env.example. */
export const S3_VARIABLES = ['S3_BUCKET', 'S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_PREFIX'] as const

export type S3Settings = {
  bucket: string
  /** Folder in the bucket for this installation's images, '' for the bucket's root. */
  prefix: string
  config: S3ClientConfig
}

/**
 * Media storage in an S3-compatible bucket when S3_BUCKET is set, undefined for local disk
 * (MEDIA_DIR). Half a configuration is refused rather than quietly falling back to the disk,
 * where a second server would not see the uploads.
 */
export function s3Settings(env: Record<string, string | undefined> = process.env): S3Settings | undefined {
  const given = S3_VARIABLES.filter((name) => env[name])
  if (!env.S3_BUCKET) {
    if (given.length === 0) return undefined
    throw new Error(`${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} set but S3_BUCKET is not: set S3_BUCKET to keep images in S3, or unset ${given.length === 1 ? 'it' : 'them'} to keep them in MEDIA_DIR.`)
  }
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS SDK’s own credentials (AWS_* variables, an instance role).')
  }
  const endpoint = env.S3_ENDPOINT
  return {
    bucket: env.S3_BUCKET,
    prefix: sanitizePrefix(env.S3_PREFIX ?? ''),
    config: {
      region: env.S3_REGION || 'us-east-1',
      ...(env.S3_ACCESS_KEY_ID ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY as string } } : {}),
      ...(endpoint
        ? {
            endpoint,
            // MinIO, Ceph, emulators and most other S3-compatible servers address buckets by path, not by host name.
            forcePathStyle: true,
            // The SDK's default checksums send streamed bodies as aws-chunked with trailers, which many
            // S3-compatible servers store verbatim (framing included): checksums only where S3 requires them.
            requestChecksumCalculation: 'WHEN_REQUIRED',
            responseChecksumValidation: 'WHEN_REQUIRED',
          }
        : {}),
    },
  }
}

const clients = new Map<string, S3>()

/** One client per bucket configuration, kept: it holds the connection pool. */
export function s3Client(settings: S3Settings): S3 {
  const key = JSON.stringify([settings.bucket, settings.config.endpoint, settings.config.region, settings.config.credentials])
  let client = clients.get(key)
  if (!client) {
    client = new S3(settings.config)
    clients.set(key, client)
  }
  return client
}

/** An uploaded file as the media collection records it: an original's or a size's file name, and the document's folder. */
export type MediaFile = { filename: string; prefix?: string | null; objectKey?: string | null }

/** The object's key, exactly as the storage plugin stores and serves it (folder, then file name). */
export function objectKey(settings: S3Settings, file: MediaFile): string {
  const folder = [file.prefix, file.objectKey].map((part) => sanitizePrefix(part ?? '')).filter(Boolean).join('/')
  return buildStoragePathData({ collectionPrefix: settings.prefix, docPrefix: folder, filename: file.filename }).storageFilePath
}

/** Where the images are, for messages: s3://bucket/prefix. */
export function bucketName(settings: S3Settings): string {
  return `s3://${settings.bucket}/${settings.prefix}`
}
