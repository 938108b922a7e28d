import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { MediaFile } from '../../src/storage/mediaFiles'

/**
 * A fresh MEDIA_DIR for specs that hand the print writers a document tree directly: its figures
 * are uploads, read through src/storage/mediaFiles.ts as the server reads them. (Specs on a real
 * Payload get their own MEDIA_DIR from initPayload.)
 */
export function mediaFolder(label: string) {
  const directory = mkdtempSync(path.join(os.tmpdir(), `${label}-`))
  process.env.MEDIA_DIR = directory
  return {
    directory,
    /** Stores the bytes as an uploaded file of that name. */
    put: (filename: string, bytes: Buffer): MediaFile => {
      writeFileSync(path.join(directory, filename), bytes)
      return { filename }
    },
  }
}
