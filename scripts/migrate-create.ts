// `npm run migrate:create -- <name>`: a SQLite migration for the schema changes since the last one.
// (The same loader problem as in generate.ts keeps `payload migrate:create` from finishing.)
import '../src/lib/loadEnv'

import { getPayload } from 'payload'

import config from '../src/payload.config'

const name = process.argv[2]
if (!name) {
  console.error('Usage: npm run migrate:create -- <name>')
  process.exit(1)
}
process.env.JOBS_AUTORUN = 'false'
process.env.PAYLOAD_MIGRATING = 'true'
const payload = await getPayload({ config })
await payload.db.createMigration({ migrationName: name, payload, skipEmpty: true })
await payload.destroy()
process.exit(0)
