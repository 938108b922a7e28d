import { createHash } from 'node:crypto'

export type CachedResponse = { body: Buffer; contentType: string; etag: string; lastModified: string }

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

  async get(key: string, produce: () => Promise<{ body: string; contentType: string }>): Promise<CachedResponse> {
    const hit = this.entries.get(key)
    if (hit && hit.expires > Date.now()) return hit.response
    const { body, contentType } = await produce()
    const bytes = Buffer.from(body)
    const response = {
      body: bytes,
      contentType,
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
