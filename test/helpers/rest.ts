import { inProcessDispatch } from './restClient'

export type JSONResponse<T = any> = { body: T; headers: Headers; status: number }

/**
 * A small REST client for Payload's /api and our own routes, authenticated with a JWT when given one.
 * `baseURL` is a child server's (testServer.ts) or an in-process one's (restClient.ts), whose
 * requests go straight to the route handlers.
 */
export function restClient(baseURL: string, token?: string) {
  async function request<T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<JSONResponse<T>> {
    const isForm = body instanceof FormData
    const url = `${baseURL}${path}`
    const init: RequestInit = {
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      headers: {
        ...(isForm || body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `JWT ${token}` } : {}),
        ...headers,
      },
      method,
    }
    const dispatch = inProcessDispatch(url)
    const response = dispatch ? await dispatch(new Request(url, init)) : await fetch(url, init)
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    return { body: parsed as T, headers: response.headers, status: response.status }
  }
  return {
    delete: <T = any>(path: string) => request<T>('DELETE', path),
    get: <T = any>(path: string, headers?: Record<string, string>) => request<T>('GET', path, undefined, headers),
    patch: <T = any>(path: string, body: unknown, headers?: Record<string, string>) => request<T>('PATCH', path, body, headers),
    post: <T = any>(path: string, body: unknown, headers?: Record<string, string>) => request<T>('POST', path, body, headers),
    graphql: <T = any>(query: string, variables?: Record<string, unknown>) =>
      request<T>('POST', '/api/graphql', { query, variables }),
  }
}

export async function login(baseURL: string, email: string, password: string): Promise<string> {
  const { body, status } = await restClient(baseURL).post('/api/users/login', { email, password })
  if (status !== 200) throw new Error(`Login of ${email} failed with ${status}: ${JSON.stringify(body)}`)
  return body.token as string
}
