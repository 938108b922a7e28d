import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { dataDirectory } from './env'

export type DatabaseKind = 'mongodb' | 'sqlite'

export function databaseKind(uri = process.env.DATABASE_URI): DatabaseKind {
  return uri && /^mongodb(\+srv)?:\/\//.test(uri) ? 'mongodb' : 'sqlite'
}

/** The SQLite URL: DATABASE_URI, or data/bulletin.db; its folder is created when missing. */
export function sqliteURL(uri = process.env.DATABASE_URI): string {
  const url = uri || `file:${path.join(dataDirectory, 'bulletin.db')}`
  if (url.startsWith('file:')) mkdirSync(path.dirname(sqliteFile(url)), { recursive: true })
  return url
}

/** The file a `file:` URL names: `file:/abs/x.db`, `file:./x.db` and `file:///abs/x.db` alike. */
export function sqliteFile(url: string): string {
  const location = url.replace(/\?.*$/, '').slice('file:'.length)
  return path.resolve(location.startsWith('///') ? location.slice(2) : location)
}
