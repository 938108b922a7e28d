import { readFileSync } from 'node:fs'
import path from 'node:path'

import { Router } from 'express'
import type { Payload } from 'payload'

import { projectRoot } from '../lib/env'
import { NO_TRANSACTIONS_WARNING, transactionsAvailable } from '../lib/transactions'
import { printFontsProblem } from '../print/fonts'

const DATABASE_TIMEOUT_MS = 2000
const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }

async function databaseReachable(payload: Payload): Promise<boolean> {
  const probe = payload.count({ collection: 'sections', overrideAccess: true }).then(() => true)
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS).unref())
  return Promise.race([probe, timeout]).catch(() => false)
}

/**
 * GET /healthz: for load balancers and docker-compose; 503 when the database does not answer, a
 * warning when it has no transactions or the print edition's fonts are missing.
 */
export function healthRouter(payload: Payload): Router {
  const router = Router()
  router.get('/healthz', async (_req, res) => {
    const started = performance.now()
    const reachable = await databaseReachable(payload)
    const transactions = transactionsAvailable(payload)
    const printFonts = printFontsProblem()
    const warnings = [...(transactions ? [] : [NO_TRANSACTIONS_WARNING]), ...(printFonts ? [printFonts] : [])]
    res.status(reachable ? 200 : 503).json({
      status: reachable ? 'ok' : 'unavailable',
      version,
      database: {
        adapter: payload.db.name,
        reachable,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
        transactions,
      },
      printEdition: !printFonts,
      ...(warnings.length ? { warnings } : {}),
    })
  })
  return router
}
