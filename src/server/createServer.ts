import { createServer as createHTTPServer, type Server } from 'node:http'

import config from '@payload-config'
import express from 'express'
import next from 'next'
import { getPayload, type Payload } from 'payload'

import { migrateDatabase } from '../lib/database'
import { deliveryAPI } from '../delivery/router'
import { projectRoot } from '../lib/env'
import { NO_TRANSACTIONS_WARNING, transactionsAvailable } from '../lib/transactions'
import { printFontsProblem } from '../print/fonts'
import { chineseAdminByDefault } from './adminLanguage'
import { clientKeys } from './clientKeys'
import { capAnonymousQueries } from './anonymousQueries'
import { limitRequestBodies } from './bodyLimits'
import { frontDoor } from './frontDoor'
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
 * The front door answers what it can first (the delivery API's rate limit and cached answers);
 * express hosts everything else: our own routes first, then Next.js (Payload's admin at /admin,
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
  // The client's address as express's req.ip gives it, for counting requests outside express too.
  const trustProxy = app.get('trust proxy fn')
  const clientKey = clientKeys(trustProxy)
  const signedIn = signedInCheck(payload)
  const limits = rateLimits(signedIn, clientKey)
  const delivery = deliveryAPI(payload)
  const answeredFirst = frontDoor(delivery, limits.countAnonymous)
  const httpServer = createHTTPServer((req, res) => {
    answeredFirst(req, res).then(
      (answered) => {
        if (!answered) app(req, res)
      },
      (error: unknown) => {
        payload.logger.error({ err: error, msg: 'The front door failed; express answers instead' })
        if (!res.headersSent) app(req, res)
      },
    )
  })

  if (dev) process.env.NEXT_DIST_DIR ??= '.next-dev'
  const nextApp = next({ dev, dir: projectRoot, httpServer })
  await nextApp.prepare()
  const handleWithNext = nextApp.getRequestHandler()

  app.post(['/api/users/login', '/api/users/reset-password', '/api/users/first-register'], limits.signIn)
  app.post('/api/users/forgot-password', limits.passwordReset)
  // /delivery is counted by the front door, /api here: one count for both (rateLimits.ts).
  app.use('/api', limits.anonymous)
  app.use(['/api', '/delivery'], limitRequestBodies())
  app.use('/api', capAnonymousQueries(signedIn))
  app.use(healthRouter(payload))
  app.use('/delivery/v1', delivery.router)
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
