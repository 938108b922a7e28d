import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { databaseKind, sqliteFile, sqliteURL } from '../lib/databaseLocation'
import { filesUnder, MEDIA, type Progress, unpack } from './archive'
import { imageStore } from './images'
import { runMongoTool } from './mongoTools'
import { documentsIn, integrityOf, replaceSqlite } from './sqliteSnapshot'

type Options = { force?: boolean; uri?: string }

/**
 * Puts an archive made by `backup` into the database DATABASE_URI names and where images are kept
 * (MEDIA_DIR, or the bucket when S3_BUCKET is set: objects already there stay).
 * Refuses a database that already holds accounts or documents unless `force` is given; stop the server first.
 */
export async function restore(file: string, progress: Progress, { force = false, uri = process.env.DATABASE_URI }: Options = {}): Promise<void> {
  if (!existsSync(file)) throw new Error(`There is no backup at ${path.resolve(file)}.`)
  const database = databaseKind(uri)
  const target = database === 'sqlite' ? sqliteFile(sqliteURL(uri)) : undefined
  if (target) {
    const documents = documentsIn(target)
    if (documents === undefined && !force) throw new Error(`${target} is not an empty Bulletin CMS database. Give --force to replace it.`)
    if (documents && !force) throw new Error(`${target} already holds ${documents} accounts and documents. Give --force to replace it.`)
  }
  // Unpacked beside the SQLite file, so that putting it in place is a rename on one disk.
  const stagingParent = target ? path.dirname(target) : os.tmpdir()
  mkdirSync(stagingParent, { recursive: true })
  const staging = mkdtempSync(path.join(stagingParent, '.restoring-'))
  try {
    progress(`[1/3] unpacking ${path.resolve(file)}`)
    const manifest = await unpack(path.resolve(file), staging, progress)
    if (manifest.database !== database) {
      throw new Error(`This is a backup of a ${manifest.database} database; DATABASE_URI names a ${database} one.`)
    }
    const restored = path.join(staging, manifest.databaseFile)
    progress(`  made ${manifest.createdAt} by version ${manifest.appVersion}, ${manifest.mediaFiles} image file(s)`)

    if (target) {
      const integrity = integrityOf(restored)
      if (integrity !== 'ok') throw new Error(`The database in the backup is damaged: ${integrity}`)
      progress(`[2/3] database: ${target}`)
      replaceSqlite(restored, target)
    } else {
      progress('[2/3] database: mongorestore')
      await runMongoTool('mongorestore', [`--uri=${uri}`, `--archive=${restored}`, '--gzip', ...(force ? ['--drop'] : [])])
    }

    const images = imageStore()
    progress(`[3/3] images: ${images.name}`)
    const unpackedMedia = path.join(staging, MEDIA)
    await images.fill(unpackedMedia, filesUnder(unpackedMedia), force, progress)
    progress(`Restore complete: ${(await images.list()).length} image file(s). Start the server: it brings the schema up to date.`)
  } finally {
    rmSync(staging, { force: true, recursive: true })
  }
}
