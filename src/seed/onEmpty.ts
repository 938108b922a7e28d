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
  payload.logger.info('Empty database: demo content created. Sign in with one of these demo accounts:')
  for (const account of report.accounts) {
    payload.logger.info(`  ${account.role.padEnd(8)} ${account.email}  password: ${account.password}`)
  }
}
