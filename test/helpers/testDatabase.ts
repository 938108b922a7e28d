import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startMongoEmulator } from './mongoEmulator'

export type TestDatabaseKind = 'mongodb' | 'mongodb-emulator' | 'sqlite'

export type TestDatabase = {
  kind: TestDatabaseKind
  /** Where the test's uploads go; removed with the database. */
  mediaDirectory: string
  uri: string
  drop: () => Promise<void>
}

/**
 * The suite runs on SQLite by default and on a real MongoDB when MONGODB_TEST_URI is set;
 * parity specs ask for the in-process MongoDB emulator explicitly.
 */
export function defaultTestDatabaseKind(): TestDatabaseKind {
  return process.env.MONGODB_TEST_URI ? 'mongodb' : 'sqlite'
}

function uniqueName(label: string): string {
  return `bulletin_test_${label.replace(/\W+/g, '_')}_${process.pid}_${Date.now().toString(36)}`
}

export async function createTestDatabase(
  label: string,
  kind: TestDatabaseKind = defaultTestDatabaseKind(),
): Promise<TestDatabase> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'bulletin-test-'))
  const mediaDirectory = path.join(directory, 'media')
  const removeDirectory = async () => rmSync(directory, { force: true, recursive: true })

  if (kind === 'sqlite') {
    return { kind, mediaDirectory, uri: `file:${path.join(directory, 'test.db')}`, drop: removeDirectory }
  }
  if (kind === 'mongodb-emulator') {
    const emulator = await startMongoEmulator(uniqueName(label))
    return {
      kind,
      mediaDirectory,
      uri: emulator.uri,
      drop: async () => {
        await emulator.stop()
        await removeDirectory()
      },
    }
  }
  const base = new URL(process.env.MONGODB_TEST_URI as string)
  base.pathname = `/${uniqueName(label)}`
  return { kind, mediaDirectory, uri: base.toString(), drop: removeDirectory }
}
