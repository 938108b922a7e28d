import { readFileSync } from 'node:fs'
import path from 'node:path'

import { Router } from 'express'
import type { Payload } from 'payload'

import { projectRoot } from '../lib/env'

const DATABASE_TIMEOUT_MS = 2000
const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }

async function databaseReachable(payload: Payload): Promise<boolean> {
  const probe = payload.count({ collection: 'sections', overrideAccess: true }).then(() => true)
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS).unref())
  return Promise.race([probe, timeout]).catch(() => false)
}

/** GET /healthz: for load balancers and docker-compose; 503 when the database does not answer. */
export function healthRouter(payload: Payload): Router {
  const router = Router()
  router.get('/healthz', async (_req, res) => {
    const started = performance.now()
    const reachable = await databaseReachable(payload)
    res.status(reachable ? 200 : 503).json({
      status: reachable ? 'ok' : 'unavailable',
      version,
      database: {
        adapter: payload.db.name,
        reachable,
        latencyMs: Math.round((performance.now() - started) * 10) / 10,
      },
    })
  })
  return router
}
