import { type Translated, translated } from '../i18n'
import { isPlainObject } from '../lib/isPlainObject'
import { languageOfHeaders } from '../lib/requestLanguage'
import { hasFragmentCycle } from './graphqlFragmentCycles'

type Handler = (request: Request, context: never) => Promise<Response>

const WITH_BODY = new Set(['PATCH', 'POST', 'PUT'])
const JSON_PARAMETERS = ['where', 'data'] as const
/** Parameters Payload reads as one value: given twice, they reach the database as a list. */
const SINGLE_PARAMETERS = ['depth', 'draft', 'limit', 'page', 'pagination', 'trash'] as const

function badRequest(request: Request, text: Translated): Response {
  return Response.json({ errors: [{ message: text[languageOfHeaders(request.headers.get('cookie'), request.headers.get('accept-language'))] }] }, { status: 400 })
}

/** Deeper than any document of ours (rich text stops at 40 levels); Payload copies data recursively and would run out of stack. */
const MAX_NESTING = 500

function nestsTooDeep(value: unknown): boolean {
  let level: unknown[] = [value]
  for (let depth = 0; level.length; depth++) {
    if (depth > MAX_NESTING) return true
    level = level.flatMap((inner) => (typeof inner === 'object' && inner !== null ? Object.values(inner) : []))
  }
  return false
}

/** The JSON object the text holds, or nothing when it holds none. */
function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return isPlainObject(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** What Payload would parse from the request and fail on with a 500, named for the client to fix. */
async function problem(request: Request): Promise<Translated | undefined> {
  const query = new URL(request.url).searchParams
  // The admin asks for long lists by POST, its query in a form-encoded body (Payload's method override).
  const readsByPost = request.method === 'POST' && [request.headers.get('x-payload-http-method-override'), request.headers.get('x-http-method-override')].includes('GET')
  if (readsByPost && request.headers.get('content-type') === 'application/x-www-form-urlencoded') {
    for (const [name, value] of new URLSearchParams(await request.clone().text())) query.append(name, value)
  }
  for (const name of JSON_PARAMETERS) {
    const value = query.get(name)
    if (value && !jsonObject(value)) {
      return translated((m) => m.server.parameterNotAQuery({ name, value: value.slice(0, 60) }))
    }
  }
  for (const name of SINGLE_PARAMETERS) {
    if (query.getAll(name).length > 1) return translated((m) => m.server.parameterRepeated({ name }))
  }
  if (readsByPost || !WITH_BODY.has(request.method)) return undefined
  const type = request.headers.get('content-type') ?? ''
  if (type.startsWith('application/json')) {
    const text = await request.clone().text()
    if (!text) return undefined
    const body = jsonObject(text)
    if (!body) return translated((m) => m.server.bodyNotAnObject)
    if (nestsTooDeep(body)) return translated((m) => m.server.nestedTooDeep({ max: MAX_NESTING }))
    const graphQLQuery = new URL(request.url).pathname.endsWith('/graphql') ? body.query : undefined
    if (typeof graphQLQuery === 'string' && hasFragmentCycle(graphQLQuery)) return translated((m) => m.server.fragmentCycle)
  } else if (type.startsWith('multipart/form-data')) {
    const form = await request
      .clone()
      .formData()
      .catch(() => undefined)
    if (!form) return translated((m) => m.server.formUnreadable)
    const fields = form.get('_payload')
    if (typeof fields === 'string' && !jsonObject(fields)) {
      return translated((m) => m.server.payloadFieldNotAnObject)
    }
  } else if ((await request.clone().arrayBuffer()).byteLength > 0) {
    // Payload reads no other body: it would go on without the data and fail on it.
    return translated((m) => m.server.bodyNotJSON({ type: type.slice(0, 60) || '—' }))
  }
  return undefined
}

/**
 * Wraps one of Payload's REST or GraphQL route handlers so that malformed input gets a 400, never a
 * 500. A collection without REST routes (Payload's migrations) is answered 404, not with Payload's
 * 501, which names the server's internal address.
 */
export function refusingMalformedInput<H extends Handler>(handler: H): H {
  return (async (request, context) => {
    const found = await problem(request)
    if (found) return badRequest(request, found)
    const response = await handler(request, context)
    if (response.status !== 501) return response
    const text = translated((m) => m.server.noSuchRoute)
    const language = languageOfHeaders(request.headers.get('cookie'), request.headers.get('accept-language'))
    return Response.json({ errors: [{ message: text[language] }] }, { headers: response.headers, status: 404 })
  }) as H
}
