import { addDataAndFileToRequest, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'

import { hasAnyRole, type Role, roles } from '../../access/roles'
import { inRequestLanguage, type Translated, translated } from '../i18n'
import { CreditQueryError, creditedItems, creditStats, creditStatsCSV, csvFilename, parseStatsQuery } from './creditStats'
import { mergeAuthors } from './mergeAuthors'

const STAFF: readonly Role[] = roles
const EDITORS: Role[] = ['admin', 'editor']

function refusal(req: PayloadRequest, status: number, text: Translated): Response {
  return Response.json({ errors: [{ message: inRequestLanguage(req, text), data: text }] }, { status })
}

/** Role check, then the handler; a CreditQueryError becomes its status with a bilingual message. */
function guarded(roles: readonly Role[], handler: PayloadHandler): PayloadHandler {
  return async (req) => {
    if (!req.user) return refusal(req, 403, translated((m) => m.credits.signInFirst))
    if (!hasAnyRole(req.user, roles)) {
      return refusal(req, 403, translated((m) => m.credits.roleMayNot({ roles })))
    }
    try {
      return await handler(req)
    } catch (error) {
      if (error instanceof CreditQueryError) return refusal(req, error.status, error.text)
      throw error
    }
  }
}

const query = (req: PayloadRequest) => parseStatsQuery((req.query ?? {}) as Record<string, unknown>)

async function authorExists(req: PayloadRequest, id: string): Promise<boolean> {
  const { totalDocs } = await req.payload.count({ collection: 'authors', req, where: { id: { equals: id } } })
  return totalDocs > 0
}

/**
 * On the authors collection (listed before Payload's own `/:id` routes match):
 * GET  /api/authors/credit-stats?period=month|quarter|year|range&from&to&series&section
 * GET  /api/authors/credit-stats.csv?…       the same as CSV for Excel
 * GET  /api/authors/:id/credited-items?…     one contributor's credited items
 * POST /api/authors/:id/merge { into }       merge a duplicate into the kept contributor
 */
export const creditEndpoints: Endpoint[] = [
  {
    method: 'get',
    path: '/credit-stats',
    handler: guarded(STAFF, async (req) => Response.json(await creditStats(req.payload, query(req)))),
  },
  {
    method: 'get',
    path: '/credit-stats.csv',
    handler: guarded(STAFF, async (req) => {
      const stats = await creditStats(req.payload, query(req))
      return new Response(creditStatsCSV(stats), {
        headers: {
          'Content-Disposition': `attachment; filename="${csvFilename(stats)}"`,
          'Content-Type': 'text/csv; charset=utf-8',
        },
      })
    }),
  },
  {
    method: 'get',
    path: '/:id/credited-items',
    handler: guarded(STAFF, async (req) => {
      const id = String(req.routeParams?.id)
      const parsed = query(req)
      if (!(await authorExists(req, id))) {
        throw new CreditQueryError(404, translated((m) => m.credits.noSuchContributor({ id })))
      }
      const docs = await creditedItems(req.payload, id, parsed)
      return Response.json({ period: parsed.period, from: parsed.from, to: parsed.to, docs })
    }),
  },
  {
    method: 'post',
    path: '/:id/merge',
    handler: guarded(EDITORS, async (req) => {
      await addDataAndFileToRequest(req)
      const into = (req.data as { into?: unknown } | undefined)?.into
      if ((typeof into !== 'number' && typeof into !== 'string') || String(into).trim() === '') {
        throw new CreditQueryError(400, translated((m) => m.credits.sayWhichToKeep))
      }
      const result = await mergeAuthors(req, req.routeParams?.id as string, into)
      return Response.json(result)
    }),
  },
]
