import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import * as tar from 'tar'

export const MANIFEST = 'manifest.json'
export const MEDIA = 'media'

export type Manifest = {
  format: 'bulletin-cms-backup'
  version: 1
  appVersion: string
  createdAt: string
  database: 'mongodb' | 'sqlite'
  /** The database's file in the archive: a SQLite file or a mongodump archive. */
  databaseFile: string
  mediaFiles: number
}

export type Progress = (line: string) => void

export function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return []
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
}

export function megabytes(file: string): string {
  return `${(statSync(file).size / 1048576).toFixed(1)} MB`
}

/** A progress line at every tenth of `total` steps; call the returned function once per step. */
export function every10Percent(total: number, progress: Progress, verb: string): () => void {
  let done = 0
  let reported = 0
  return () => {
    done += 1
    const percent = Math.floor((done / total) * 10) * 10
    if (percent > reported) {
      reported = percent
      progress(`  ${verb} ${done}/${total} (${percent} %)`)
    }
  }
}

/** A gzipped tar of the staging folder: the manifest first, so a reader knows at once what it holds. */
export async function pack(staging: string, manifest: Manifest, file: string, progress: Progress): Promise<void> {
  writeFileSync(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2))
  const entries = [MANIFEST, manifest.databaseFile, ...(existsSync(path.join(staging, MEDIA)) ? [MEDIA] : [])]
  const total = 2 + filesUnder(path.join(staging, MEDIA)).length
  await tar.create({ cwd: staging, file, gzip: true, onWriteEntry: every10Percent(total, progress, 'packed') }, entries)
}

/** Unpacks an archive made by `pack` and returns its manifest; refuses anything else. */
export async function unpack(file: string, staging: string, progress: Progress): Promise<Manifest> {
  if (!existsSync(file)) throw new Error(`There is no backup at ${file}.`)
  let entries = 0
  await tar.list({ file, onReadEntry: () => void (entries += 1), strict: true }).catch(() => {
    throw new Error(`${file} is not a backup of Bulletin CMS (not a .tar.gz archive).`)
  })
  await tar.extract({ cwd: staging, file, onReadEntry: every10Percent(entries, progress, 'unpacked'), strict: true })
  const manifestFile = path.join(staging, MANIFEST)
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Partial<Manifest>) : {}
  if (manifest.format !== 'bulletin-cms-backup' || manifest.version !== 1) {
    throw new Error(`${file} is not a backup of Bulletin CMS (no manifest of format version 1).`)
  }
  return manifest as Manifest
}
