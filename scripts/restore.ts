// `npm run restore -- <file.tar.gz> [--force]`: a backup into the database DATABASE_URI names and MEDIA_DIR.
import '../src/lib/loadEnv'

import { restore } from '../src/backup/restore'

const args = process.argv.slice(2)
const [file] = args.filter((argument) => !argument.startsWith('--'))
if (!file) {
  console.error('Usage: npm run restore -- <file.tar.gz> [--force]   (stop the server first)')
  process.exit(2)
}
try {
  await restore(file, (line) => console.log(line), { force: args.includes('--force') })
  process.exit(0)
} catch (error) {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
