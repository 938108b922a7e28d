import { ResponseCache } from '../../src/delivery/cache'

const MB = 1024 * 1024
const body = (megabytes: number, fill = 'x') => ({ body: Buffer.alloc(megabytes * MB, fill), contentType: 'application/pdf' })

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
})
