import { createHash } from 'node:crypto'

/** What a route renders: text or bytes (the PDF edition), and headers that travel with the body. */
export type RenderedResponse = { body: string | Buffer; contentType: string; headers?: Record<string, string> }

export type CachedResponse = { body: Buffer; contentType: string; headers: Record<string, string>; etag: string; lastModified: string }

const MAX_ENTRIES = 1000

/**
 * Rendered responses kept in the process: a partner site may call on every page view, and the
 * answer changes only when an issue is published, corrected or withdrawn, or shared data
 * (series, sections, contributors, references, images) is edited; each of those clears it.
 * The TTL is a safety net for changes made by another process on the same database.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { expires: number; response: CachedResponse }>()

  constructor(private readonly ttlMs: number) {}

  async get(key: string, produce: () => Promise<RenderedResponse>): Promise<CachedResponse> {
    const hit = this.entries.get(key)
    if (hit && hit.expires > Date.now()) return hit.response
    const { body, contentType, headers = {} } = await produce()
    const bytes = typeof body === 'string' ? Buffer.from(body) : body
    const response = {
      body: bytes,
      contentType,
      headers,
      etag: `"${createHash('sha1').update(bytes).digest('base64url')}"`,
      lastModified: new Date().toUTCString(),
    }
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string)
    this.entries.set(key, { expires: Date.now() + this.ttlMs, response })
    return response
  }

  clear(): void {
    this.entries.clear()
  }
}
