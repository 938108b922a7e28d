import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { s3Settings, type S3Settings } from './s3'

/**
 * Payload's S3 storage for the media collection when S3_* is set (see s3.ts), so that every
 * server on one database shares the uploads; otherwise the files stay in MEDIA_DIR.
 *
 * The bucket stays private: no ACL is set on objects, and files are served through Payload's own
 * file route (/api/media/file/…), so the collection's read access (the `public` flag kept by
 * publication) decides who gets them, exactly as for files on disk. No signed or direct bucket URLs.
 */
export function mediaStorage(settings: S3Settings | undefined = s3Settings()): Plugin {
  return s3Storage({
    enabled: Boolean(settings),
    // The plugin's fields (prefix, _objectKey) exist with and without a bucket, so one set of
    // SQLite migrations fits both and an installation can move its images to S3 later.
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? '',
    config: settings?.config ?? {},
    collections: { media: settings?.prefix ? { prefix: settings.prefix } : true },
  })
}
