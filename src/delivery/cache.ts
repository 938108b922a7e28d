import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

/** What a route renders: text or bytes (the PDF edition), and headers that travel with the body. */
export type RenderedResponse = { body: string | Buffer; contentType: string; headers?: Record<string, string> }

export type ContentEncoding = 'br' | 'gzip'

export type CachedResponse = {
  body: Buffer
  contentType: string
  /** The body compressed once, when it was kept, for clients that accept it; none for small or already compressed bodies. */
  encoded: Partial<Record<ContentEncoding, Buffer>>
  headers: Record<string, string>
  etag: string
  lastModified: string
}

const MAX_ENTRIES = 1000
const MEGABYTE = 1024 * 1024
/** Below this a compressed body saves less than its headers cost. */
const COMPRESS_FROM_BYTES = 1024
/** JSON, feeds, HTML, RIS/BibTeX: text. PDF streams and Word files (zip) are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|[\w.+-]*\+(json|xml)|xml|x-research-info-systems|x-bibtex))/

const compressBrotli = promisify(brotliCompress)
const compressGzip = promisify(gzip)

/**
 * Rendered responses kept in the process: a partner site may call on every page view, and the
 * answer changes only when an issue is published, corrected or withdrawn, or shared data
 * (series, sections, contributors, references, images) is edited; each of those clears it.
 * The TTL is a safety net for changes made by another process on the same database. The oldest
 * entries go first once there are too many or their bodies (printed editions are ~0.5 MB each)
 * pass the byte budget. Concurrent requests for a key that is not kept share one production; a
 * production a clear overtakes is answered to those who asked for it but is not kept, so the
 * next request produces again instead of being served what was read before the change.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { expires: number; response: CachedResponse }>()
  /** Productions under way, by key, so that concurrent requests for a key share one. */
  private readonly producing = new Map<string, Promise<CachedResponse>>()
  /** When each key's content last changed (its ETag then), kept across clears so that refilling with the same bytes keeps the date. */
  private readonly changed = new Map<string, { etag: string; lastModified: string }>()
  private bytes = 0
  /** Counts clears: a response produced across a clear may show what the clear was for, and is not kept. */
  private generation = 0

  constructor(
    private readonly ttlMs: number,
    private readonly maxBytes = Number(process.env.DELIVERY_CACHE_MAX_MB || 256) * MEGABYTE,
  ) {}

  /** What the kept bodies weigh, in bytes. */
  get size(): number {
    return this.bytes
  }

  /** The response kept for `key` while it lasts, without producing one. */
  kept(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key)
    return hit && hit.expires > Date.now() ? hit.response : undefined
  }

  get(key: string, produce: () => Promise<RenderedResponse>): Promise<CachedResponse> {
    const hit = this.kept(key)
    if (hit) return Promise.resolve(hit)
    const pending = this.producing.get(key)
    if (pending) return pending
    const generation = this.generation
    const production = (async () => produce())()
      .then(cached)
      .then((response) => {
        this.dateChange(key, response)
        if (generation === this.generation) this.keep(key, response)
        return response
      })
      .finally(() => {
        if (this.producing.get(key) === production) this.producing.delete(key)
      })
    this.producing.set(key, production)
    return production
  }

  /** Forgets every kept response, and lets no production that is under way keep its own. */
  clear(): void {
    this.entries.clear()
    this.producing.clear()
    this.bytes = 0
    this.generation++
  }

  /** Last-Modified is when the content last changed, not when the cache was last filled. */
  private dateChange(key: string, response: CachedResponse): void {
    const before = this.changed.get(key)
    if (before?.etag === response.etag) response.lastModified = before.lastModified
    this.changed.delete(key)
    this.changed.set(key, { etag: response.etag, lastModified: response.lastModified })
    if (this.changed.size > MAX_ENTRIES) this.changed.delete(this.changed.keys().next().value as string)
  }

  private keep(key: string, response: CachedResponse): void {
    const length = weight(response)
    this.forget(key)
    while (this.entries.size && (this.entries.size >= MAX_ENTRIES || this.bytes + length > this.maxBytes)) {
      this.forget(this.entries.keys().next().value as string)
    }
    if (length <= this.maxBytes) {
      this.entries.set(key, { expires: Date.now() + this.ttlMs, response })
      this.bytes += length
    }
  }

  private forget(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.bytes -= weight(entry.response)
    this.entries.delete(key)
  }
}

/** What a kept response weighs: its body and its compressed forms. */
function weight(response: CachedResponse): number {
  return response.body.length + (response.encoded.br?.length ?? 0) + (response.encoded.gzip?.length ?? 0)
}

async function encodings(body: Buffer, contentType: string): Promise<CachedResponse['encoded']> {
  if (body.length < COMPRESS_FROM_BYTES || !COMPRESSIBLE.test(contentType)) return {}
  const [br, gz] = await Promise.all([
    compressBrotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
    compressGzip(body),
  ])
  return { br, gzip: gz }
}

async function cached({ body, contentType, headers = {} }: RenderedResponse): Promise<CachedResponse> {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body
  return {
    body: bytes,
    contentType,
    encoded: await encodings(bytes, contentType),
    headers,
    etag: `"${createHash('sha1').update(bytes).digest('base64url')}"`,
    lastModified: new Date().toUTCString(),
  }
}
