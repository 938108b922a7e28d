import type { Payload } from 'payload'

type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>
type Dispatch = (request: Request) => Promise<Response>

/** Origins served in this process, so rest.ts's client (and a spec's `server.fetch`) reach them without a network hop. */
const inProcessOrigins = new Map<string, Dispatch>()

/** The in-process handler of a URL's origin, when one is registered. */
export function inProcessDispatch(url: string): Dispatch | undefined {
  return inProcessOrigins.get(new URL(url).origin)
}

export type InProcessServer = {
  /** The config's serverURL: the origin of the URLs Payload writes (media files, preview links). */
  baseURL: string
  /** A Response from the same handlers, for bodies that are not JSON (files, CSV) and headers. */
  fetch: (url: string, init?: RequestInit) => Promise<Response>
  /** What a child server would have printed: here the log goes to the test's own output. */
  output: () => string
  stop: () => Promise<void>
}

/**
 * Payload's REST and GraphQL in this process, as payloadcms/payload's own test/ calls them: a
 * `Request` handed to the very route handlers the app serves (src/app/(payload)/api, including our
 * malformed-input guard), with the Payload the spec initialised. Custom endpoints of the config
 * (workflow, import, print, credits) are served by the same REST handler. What this does not run:
 * express-level middleware (rate and body limits), the delivery API (its HTML sanitizer needs
 * Node's require of ES modules, which jest lacks), the admin and the preview pages; specs that
 * test those, and the access specs, which check from the outside, start the real server.
 */
export async function startInProcessServer(payload: Payload): Promise<InProcessServer> {
  const rest = (await import('../../src/app/(payload)/api/[...slug]/route')) as unknown as Record<string, RouteHandler>
  const graphql = (await import('../../src/app/(payload)/api/graphql/route')) as unknown as Record<string, (request: Request) => Promise<Response>>
  const baseURL = new URL(payload.config.serverURL).origin
  const apiRoute = payload.config.routes.api

  const dispatch: Dispatch = async (request) => {
    const url = new URL(request.url)
    if (url.pathname === `${apiRoute}${payload.config.routes.graphQL}`) {
      const handler = graphql[request.method]
      return handler ? handler(request) : new Response(null, { status: 405 })
    }
    if (url.pathname.startsWith(`${apiRoute}/`)) {
      const handler = rest[request.method]
      if (!handler) return new Response(null, { status: 405 })
      const slug = url.pathname.slice(apiRoute.length + 1).split('/').map(decodeURIComponent)
      return handler(request, { params: Promise.resolve({ slug }) })
    }
    throw new Error(`${request.method} ${url.pathname} is not served in-process, only ${apiRoute}: start the real server (testServer.ts) for it.`)
  }
  inProcessOrigins.set(baseURL, dispatch)

  return {
    baseURL,
    fetch: (url, init) => dispatch(new Request(new URL(url, baseURL), init)),
    output: () => '',
    stop: async () => {
      inProcessOrigins.delete(baseURL)
    },
  }
}
