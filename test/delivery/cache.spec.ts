import { jest } from '@jest/globals'

import { type RenderedResponse, ResponseCache } from '../../src/delivery/cache'

const MB = 1024 * 1024
const body = (megabytes: number, fill = 'x') => ({ body: Buffer.alloc(megabytes * MB, fill), contentType: 'application/pdf' })

/** A production the test finishes by hand, and how many were started. */
function productions() {
  const started: Array<(text: string) => void> = []
  const produce = () =>
    new Promise<RenderedResponse>((resolve) => {
      started.push((text) => resolve({ body: text, contentType: 'text/plain' }))
    })
  return { produce, started }
}

describe('the delivery response cache', () => {
  it('answers a key again from memory until it expires', async () => {
    const cache = new ResponseCache(60_000)
    let renderings = 0
    const produce = async () => ({ body: `rendering ${++renderings}`, contentType: 'text/plain' })
    const first = await cache.get('/issues/1', produce)
    const again = await cache.get('/issues/1', produce)
    expect(again.etag).toBe(first.etag)
    expect(renderings).toBe(1)
  })

  it('keeps its bodies within the byte budget, letting the oldest go first', async () => {
    const cache = new ResponseCache(60_000, 3 * MB)
    let renderings = 0
    const render = (key: string) => cache.get(key, async () => (renderings++, body(1)))
    await render('/issues/1/pdf')
    await render('/issues/2/pdf')
    await render('/issues/3/pdf')
    expect(cache.size).toBe(3 * MB)
    await render('/issues/4/pdf')
    expect(cache.size).toBe(3 * MB)
    const before = renderings
    await render('/issues/4/pdf')
    await render('/issues/3/pdf')
    expect(renderings).toBe(before)
    await render('/issues/1/pdf')
    expect(renderings).toBe(before + 1)
  })

  it('serves a body larger than the whole budget without keeping it, and counts a replaced body once', async () => {
    const cache = new ResponseCache(0, 2 * MB)
    const huge = await cache.get('/issues/9/pdf', async () => body(3))
    expect(huge.body.length).toBe(3 * MB)
    expect(cache.size).toBe(0)
    await cache.get('/issues/1/pdf', async () => body(1))
    await cache.get('/issues/1/pdf', async () => body(1, 'y'))
    expect(cache.size).toBe(1 * MB)
    cache.clear()
    expect(cache.size).toBe(0)
  })

  it('does not keep a response whose production a clear overtook: the next request produces again', async () => {
    const cache = new ResponseCache(60_000)
    const { produce, started } = productions()
    const before = cache.get('/issues/1', produce)
    expect(started).toHaveLength(1)
    cache.clear() // e.g. the issue is withdrawn while its old contents are being read
    started[0]('before the withdrawal')
    expect((await before).body.toString()).toBe('before the withdrawal')
    expect(cache.size).toBe(0)

    const after = cache.get('/issues/1', produce)
    expect(started).toHaveLength(2)
    started[1]('after the withdrawal')
    expect((await after).body.toString()).toBe('after the withdrawal')
    expect((await cache.get('/issues/1', produce)).body.toString()).toBe('after the withdrawal')
    expect(started).toHaveLength(2)
  })

  it('lets concurrent requests for a key share one production, but none started after a clear', async () => {
    const cache = new ResponseCache(60_000)
    const { produce, started } = productions()
    const first = cache.get('/issues/1', produce)
    const second = cache.get('/issues/1', produce)
    const other = cache.get('/issues/2', produce)
    expect(started).toHaveLength(2) // one for /issues/1, one for /issues/2
    cache.clear()
    const third = cache.get('/issues/1', produce)
    expect(started).toHaveLength(3)
    started[0]('old')
    started[1]('other')
    started[2]('new')
    const [a, b, c] = await Promise.all([first, second, third])
    expect([a.body.toString(), b.body.toString(), c.body.toString()]).toEqual(['old', 'old', 'new'])
    expect(a).toBe(b)
    expect((await other).body.toString()).toBe('other')
    expect((await cache.get('/issues/1', produce)).body.toString()).toBe('new')
    expect(started).toHaveLength(3)
  })

  it('keeps no failed production: those waiting share the failure, the next request tries again', async () => {
    const cache = new ResponseCache(60_000)
    let attempts = 0
    let fail!: (error: Error) => void
    const failing = () => (attempts++, new Promise<RenderedResponse>((_resolve, reject) => (fail = reject)))
    const first = cache.get('/issues/1', failing)
    const second = cache.get('/issues/1', failing)
    fail(new Error('database away'))
    await expect(first).rejects.toThrow('database away')
    await expect(second).rejects.toThrow('database away')
    expect(attempts).toBe(1)
    const again = await cache.get('/issues/1', async () => (attempts++, { body: 'back', contentType: 'text/plain' }))
    expect(again.body.toString()).toBe('back')
    expect(attempts).toBe(2)
  })
})

describe('what the cache keeps about a response', () => {
  afterEach(() => {
    jest.useRealTimers()
  })

  it('dates a response from when its content last changed, not from when the cache was refilled', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask'] })
    const cache = new ResponseCache(60_000)
    let text = 'first'
    const produce = async () => ({ body: text, contentType: 'text/plain' })
    jest.setSystemTime(new Date('2026-03-01T08:00:00Z'))
    const first = await cache.get('/issues/1', produce)
    jest.setSystemTime(new Date('2026-03-02T08:00:00Z'))
    cache.clear()
    const refilled = await cache.get('/issues/1', produce)
    expect(refilled.lastModified).toBe(first.lastModified)
    text = 'changed'
    cache.clear()
    const changed = await cache.get('/issues/1', produce)
    expect(changed.lastModified).toBe(new Date('2026-03-02T08:00:00Z').toUTCString())
  })

  it('compresses text bodies once, when it keeps them, and counts the compressed forms in its byte budget', async () => {
    const cache = new ResponseCache(60_000)
    const json = JSON.stringify({ items: Array.from({ length: 200 }, (_, index) => ({ index, title: `钕铁硼 ${index}` })) })
    const kept = await cache.get('/issues/1/full', async () => ({ body: json, contentType: 'application/json; charset=utf-8' }))
    expect(kept.encoded.br?.length).toBeLessThan(kept.body.length)
    expect(kept.encoded.gzip?.length).toBeLessThan(kept.body.length)
    expect(cache.size).toBe(kept.body.length + (kept.encoded.br?.length ?? 0) + (kept.encoded.gzip?.length ?? 0))
    expect((await cache.get('/issues/1/full', async () => ({ body: 'other', contentType: 'text/plain' }))).encoded).toBe(kept.encoded)
    const pdf = await cache.get('/issues/1/pdf', async () => body(1))
    expect(pdf.encoded).toEqual({})
  })
})
