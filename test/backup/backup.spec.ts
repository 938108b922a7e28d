import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import Database from 'libsql'

import { filesUnder } from '../../src/backup/archive'
import { createScaffold } from '../helpers/fixtures'
import { chartPNG, pngFile } from '../helpers/images'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { npmRun } from '../helpers/npmRun'

const TABLES = ['users', 'issues', 'items', '_items_v', 'references', 'authors', 'media', 'audit_log']

let context: TestPayload
let workspace: string


function idsByTable(file: string): Record<string, Set<number>> {
  const connection = new Database(file, { readonly: true })
  try {
    return Object.fromEntries(
      TABLES.map((table) => [table, new Set((connection.prepare(`SELECT id FROM "${table}"`).raw(true).all() as number[][]).map(([id]) => Number(id)))]),
    )
  } finally {
    connection.close()
  }
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

beforeAll(async () => {
  context = await initPayload('backup')
  workspace = mkdtempSync(path.join(os.tmpdir(), 'bulletin-backup-spec-'))
  const scaffold = await createScaffold(context.payload, 2026, 4)
  await context.payload.create({ collection: 'media', data: { alt: '备份用图' }, file: pngFile(await chartPNG(640, 400), 'backup-chart.png') })
  await context.payload.create({ collection: 'items', data: { title: '备份前的稿件', issue: scaffold.issue.id, section: scaffold.sections[0].id }, draft: true })
})
afterAll(async () => {
  await context?.close()
  rmSync(workspace, { force: true, recursive: true })
})

describe('npm run backup and npm run restore', () => {
  it('round-trip a database that editors keep saving to, losing nothing', async () => {
    const source = { DATABASE_URI: context.database.uri, MEDIA_DIR: context.database.mediaDirectory }
    const databaseFile = context.database.uri.slice('file:'.length)
    const reference = (await context.payload.find({ collection: 'references', limit: 1 })).docs[0]

    const before = idsByTable(databaseFile)
    const mediaBefore = filesUnder(context.database.mediaDirectory).map((file) => [file, digest(path.join(context.database.mediaDirectory, file))])
    let saving = true
    let saves = 0
    // This process keeps writing while the backup's own process copies the database.
    const editing = (async () => {
      while (saving) {
        await context.payload.update({ collection: 'references', id: reference.id, data: { sourceOrganisation: `备份期间 ${saves}` } })
        saves += 1
        // SQLite answers synchronously: let the event loop see the backup process end.
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    const archive = path.join(workspace, 'bulletin.tar.gz')
    const made = await npmRun('backup', [archive], source)
    saving = false
    await editing
    expect(made).toMatchObject({ code: 0, output: expect.stringContaining('Backup complete') })
    expect(made.output).toMatch(/\[1\/3\] database.*\n.*\[2\/3\] images: \d+ file\(s\)/s)
    expect(saves).toBeGreaterThan(0)

    const target = { DATABASE_URI: `file:${path.join(workspace, 'restored', 'bulletin.db')}`, MEDIA_DIR: path.join(workspace, 'restored-media') }
    const restored = await npmRun('restore', [archive], target)
    expect(restored).toMatchObject({ code: 0, output: expect.stringContaining('Restore complete') })

    const restoredFile = path.join(workspace, 'restored', 'bulletin.db')
    const integrity = new Database(restoredFile, { readonly: true })
    expect(integrity.prepare('PRAGMA integrity_check').raw(true).all()).toEqual([['ok']])
    integrity.close()
    const after = idsByTable(restoredFile)
    for (const table of TABLES) {
      expect({ table, missing: [...before[table]].filter((id) => !after[table].has(id)) }).toEqual({ table, missing: [] })
    }
    const mediaAfter = mediaBefore.map(([file]) => [file, digest(path.join(target.MEDIA_DIR, file))])
    expect(mediaAfter).toEqual(mediaBefore)
    expect(mediaBefore.length).toBeGreaterThan(0)

    const refused = await npmRun('restore', [archive], target)
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/already holds \d+ accounts and documents.*--force/)
    expect((await npmRun('restore', [archive, '--force'], target)).code).toBe(0)
  })

  it('say what is wrong, with exit code 1, for a missing file or one that is not a backup', async () => {
    const target = { DATABASE_URI: `file:${path.join(workspace, 'other', 'bulletin.db')}`, MEDIA_DIR: path.join(workspace, 'other-media') }
    const missing = await npmRun('restore', [path.join(workspace, 'no-such.tar.gz')], target)
    expect(missing).toMatchObject({ code: 1, output: expect.stringContaining('There is no backup at') })
    const notBackup = await npmRun('restore', ['package.json'], target)
    expect(notBackup).toMatchObject({ code: 1, output: expect.stringContaining('is not a backup of Bulletin CMS') })
    const noFolder = await npmRun('backup', [path.join(workspace, 'no-such-folder', 'x.tar.gz')], { DATABASE_URI: context.database.uri })
    expect(noFolder).toMatchObject({ code: 1, output: expect.stringContaining('does not exist') })
  })
})
