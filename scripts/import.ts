// `npm run import -- <file> --series <slug> --year <yyyy> --number <n> [--date yyyy-mm-dd] [--published] [--replace] [--as <email>]`:
// one issue from the archive (.docx, .pdf or the text of a PDF) into the database, as a draft unless --published.
import '../src/lib/loadEnv'
import '../src/import/commandEnvironment'

import { getPayload, type Payload } from 'payload'

import { runImportCommand } from '../src/import/command'
import { migrateDatabase } from '../src/lib/database'
import config from '../src/payload.config'

let payload: Payload | undefined
const exitCode = await runImportCommand(
  process.argv.slice(2),
  async () => {
    payload = await getPayload({ config })
    await migrateDatabase(payload)
    return payload
  },
  { error: (text) => console.error(text), print: (text) => console.log(text) },
)
await payload?.destroy()
process.exit(exitCode)
