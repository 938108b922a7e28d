import type { Endpoint } from 'payload'

import { staffAPIDocsPage, staffOpenAPIDocument } from './openapi'

/** GET /api/openapi.json and GET /api/docs: the staff API's description, public like the delivery API's. */
export const staffAPIDocsEndpoints: Endpoint[] = [
  { method: 'get', path: '/openapi.json', handler: (req) => Response.json(staffOpenAPIDocument(req.payload)) },
  {
    method: 'get',
    path: '/docs',
    handler: (req) => new Response(staffAPIDocsPage(req.payload), { headers: { 'Content-Type': 'text/html; charset=utf-8' } }),
  },
]
