// `npm run backup -- <file.tar.gz>`: the database (a consistent copy, while the server runs) and the images, in one archive.
import '../src/lib/loadEnv'

import { backup } from '../src/backup/backup'

const [file] = process.argv.slice(2).filter((argument) => !argument.startsWith('--'))
if (!file) {
  console.error('Usage: npm run backup -- <file.tar.gz>')
  process.exit(2)
}
try {
  await backup(file, (line) => console.log(line))
  process.exit(0)
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
