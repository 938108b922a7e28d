import { createServer as createHTTPServer, type Server } from 'node:http'

import config from '@payload-config'
import express from 'express'
import next from 'next'
import { getPayload, type Payload } from 'payload'

import { migrateDatabase } from '../lib/database'
import { deliveryRouter } from '../delivery/router'
import { projectRoot } from '../lib/env'
import { NO_TRANSACTIONS_WARNING, transactionsAvailable } from '../lib/transactions'
import { printFontsProblem } from '../print/fonts'
import { chineseAdminByDefault } from './adminLanguage'
import { capAnonymousQueries } from './anonymousQueries'
import { limitRequestBodies } from './bodyLimits'
import { healthRouter } from './health'
import { rateLimits } from './rateLimits'
import { signedInCheck } from './session'
import { trustProxySetting } from './trustProxy'

export type BulletinServer = {
  close: () => Promise<void>
  httpServer: Server
  payload: Payload
}

/**
 * Express hosts everything: our own routes first, then Next.js (Payload's admin at /admin,
 * REST at /api, GraphQL at /api/graphql). Payload is initialised here, before Next, so the
 * schema is migrated before the first request; Next's route handlers reuse the same instance.
 */
export async function createServer({ dev }: { dev: boolean }): Promise<BulletinServer> {
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  // Then the jobs queue (scheduled publication, webhooks: jobs.autoRun in the config): started with
  // Payload, its first tick could query a fresh database's job table before the migration made it.
  await getPayload({ config, cron: true })
  if (!transactionsAvailable(payload)) payload.logger.warn(`\n\n  ⚠ ${NO_TRANSACTIONS_WARNING}\n`)
  const printFonts = printFontsProblem()
  if (printFonts) payload.logger.warn(`\n\n  ⚠ ${printFonts}\n`)

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxySetting())
  const httpServer = createHTTPServer(app)

  if (dev) process.env.NEXT_DIST_DIR ??= '.next-dev'
  const nextApp = next({ dev, dir: projectRoot, httpServer })
  await nextApp.prepare()
  const handleWithNext = nextApp.getRequestHandler()

  const signedIn = signedInCheck(payload)
  const limits = rateLimits(signedIn)
  app.post(['/api/users/login', '/api/users/reset-password', '/api/users/first-register'], limits.signIn)
  app.post('/api/users/forgot-password', limits.passwordReset)
  app.use(['/api', '/delivery'], limits.anonymous, limitRequestBodies())
  app.use('/api', capAnonymousQueries(signedIn))
  app.use(healthRouter(payload))
  app.use('/delivery/v1', deliveryRouter(payload))
  app.use('/admin', chineseAdminByDefault)
  app.use((req, res) => handleWithNext(req, res))

  return {
    httpServer,
    payload,
    close: async () => {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()))
      httpServer.closeAllConnections()
      await closed
      await nextApp.close()
      await payload.destroy()
    },
  }
}
