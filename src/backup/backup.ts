import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { databaseKind, sqliteFile, sqliteURL } from '../lib/databaseLocation'
import { projectRoot } from '../lib/env'
import { type Manifest, MEDIA, megabytes, pack, type Progress } from './archive'
import { imageStore } from './images'
import { runMongoTool } from './mongoTools'
import { snapshotSqlite } from './sqliteSnapshot'

const { version: appVersion } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }

/**
 * Writes one archive with everything an installation holds: a consistent copy of the database,
 * taken while the server runs (SQLite: VACUUM INTO; MongoDB: mongodump), and the uploaded images
 * (from MEDIA_DIR, or downloaded from the bucket when they are kept in S3).
 */
export async function backup(file: string, progress: Progress, uri = process.env.DATABASE_URI): Promise<Manifest> {
  const target = path.resolve(file)
  if (!existsSync(path.dirname(target))) throw new Error(`The folder ${path.dirname(target)} does not exist.`)
  const staging = mkdtempSync(path.join(os.tmpdir(), 'bulletin-backup-'))
  try {
    const database = databaseKind(uri)
    const databaseFile = database === 'sqlite' ? 'bulletin.db' : 'mongodb.archive.gz'
    const staged = path.join(staging, databaseFile)
    const started = performance.now()
    if (database === 'sqlite') {
      const source = sqliteFile(sqliteURL(uri))
      progress(`[1/3] database: a consistent copy of ${source}`)
      snapshotSqlite(source, staged)
    } else {
      progress('[1/3] database: mongodump')
      await runMongoTool('mongodump', [`--uri=${uri}`, `--archive=${staged}`, '--gzip'])
    }
    progress(`  ${megabytes(staged)} in ${((performance.now() - started) / 1000).toFixed(1)} s`)

    const images = imageStore()
    const files = await images.list()
    const mediaFiles = files.length
    progress(`[2/3] images: ${mediaFiles} file(s) from ${images.name}`)
    await images.copyInto(files, path.join(staging, MEDIA), progress)

    progress(`[3/3] archive: ${target}`)
    const manifest: Manifest = { appVersion, createdAt: new Date().toISOString(), database, databaseFile, format: 'bulletin-cms-backup', mediaFiles, version: 1 }
    await pack(staging, manifest, target, progress)
    progress(`Backup complete: ${target} (${megabytes(target)}).`)
    return manifest
  } finally {
    rmSync(staging, { force: true, recursive: true })
  }
}
