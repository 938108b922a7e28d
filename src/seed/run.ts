import '../lib/loadEnv'

import { getPayload } from 'payload'

import { migrateDatabase } from '../lib/database'
import config from '../payload.config'
import { seed } from './index'

const payload = await getPayload({ config })
let exitCode = 0
try {
  await migrateDatabase(payload)
  const report = await seed(payload)
  console.log(`Demo content: ${report.created} documents created, ${report.existing} already present.`)
  console.log('Demo accounts:')
  for (const { role, email, password } of report.accounts) {
    console.log(`  ${role.padEnd(8)} ${email}  password: ${password}`)
  }
} catch (error) {
  console.error('Seeding failed:', error)
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
