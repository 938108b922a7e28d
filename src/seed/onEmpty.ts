import type { Payload } from 'payload'

import { seed } from './index'

/**
 * The README's start command promises a CMS with demo content: an empty database (no accounts)
 * is seeded on start unless SEED_ON_EMPTY=false.
 */
export async function seedOnEmptyDatabase(payload: Payload): Promise<void> {
  if (process.env.SEED_ON_EMPTY === 'false') return
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return
  const report = await seed(payload)
  // Plain text, not a log record: this is for the person who just started the CMS.
  console.log('\nEmpty database: demo content created. Sign in at /admin with one of these accounts:')
  for (const account of report.accounts) {
    console.log(`  ${account.role.padEnd(8)} ${account.email}  password: ${account.password}`)
  }
  console.log('(Set SEED_* in .env to change them; see .env.example.)\n')
}
