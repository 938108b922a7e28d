import { createHash } from 'node:crypto'

/** What a route renders: text or bytes (the PDF edition), and headers that travel with the body. */
export type RenderedResponse = { body: string | Buffer; contentType: string; headers?: Record<string, string> }

export type CachedResponse = { body: Buffer; contentType: string; headers: Record<string, string>; etag: string; lastModified: string }

const MAX_ENTRIES = 1000
const MEGABYTE = 1024 * 1024

/**
 * Rendered responses kept in the process: a partner site may call on every page view, and the
 * answer changes only when an issue is published, corrected or withdrawn, or shared data
 * (series, sections, contributors, references, images) is edited; each of those clears it.
 * The TTL is a safety net for changes made by another process on the same database. The oldest
 * entries go first once there are too many or their bodies (printed editions are ~0.5 MB each)
 * pass the byte budget.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { expires: number; response: CachedResponse }>()
  private bytes = 0

  constructor(
    private readonly ttlMs: number,
    private readonly maxBytes = Number(process.env.DELIVERY_CACHE_MAX_MB || 256) * MEGABYTE,
  ) {}

  /** What the kept bodies weigh, in bytes. */
  get size(): number {
    return this.bytes
  }

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
    this.forget(key)
    while (this.entries.size && (this.entries.size >= MAX_ENTRIES || this.bytes + bytes.length > this.maxBytes)) {
      this.forget(this.entries.keys().next().value as string)
    }
    if (bytes.length <= this.maxBytes) {
      this.entries.set(key, { expires: Date.now() + this.ttlMs, response })
      this.bytes += bytes.length
    }
    return response
  }

  clear(): void {
    this.entries.clear()
    this.bytes = 0
  }

  private forget(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.bytes -= entry.response.body.length
    this.entries.delete(key)
  }
}
