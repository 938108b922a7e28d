import { holdsJobsLease } from '../../src/lib/jobsLease'
import { initPayload, type TestPayload } from '../helpers/initPayload'

let context: TestPayload
beforeAll(async () => {
  context = await initPayload('jobs-lease', { env: { JOBS_LEASE_SECONDS: '60' } })
})
afterAll(async () => {
  await context?.close()
})

const lease = () => context.payload.findGlobal({ slug: 'jobs-lease', depth: 0 })
const setLease = (holder: string, until: Date) =>
  context.payload.updateGlobal({ slug: 'jobs-lease', data: { holder, until: until.toISOString() }, depth: 0 })

describe('the jobs lease (one server at a time runs the jobs queue)', () => {
  it('is taken by the first server to ask, and renewed on every tick while it runs', async () => {
    expect(await holdsJobsLease(context.payload)).toBe(true)
    const taken = await lease()
    expect(taken.holder).toContain(`:${process.pid}:`)
    expect(Date.parse(taken.until!)).toBeGreaterThan(Date.now() + 55_000)
    await setLease(taken.holder!, new Date(Date.now() + 1000))
    expect(await holdsJobsLease(context.payload)).toBe(true)
    expect(Date.parse((await lease()).until!)).toBeGreaterThan(Date.now() + 55_000)
  })

  it('is not taken from another server while that one holds it', async () => {
    await setLease('other-host:4242:abcd1234', new Date(Date.now() + 30_000))
    expect(await holdsJobsLease(context.payload)).toBe(false)
    expect((await lease()).holder).toBe('other-host:4242:abcd1234')
  })

  it('passes to this server once the other server has let it lapse', async () => {
    await setLease('other-host:4242:abcd1234', new Date(Date.now() - 1))
    expect(await holdsJobsLease(context.payload)).toBe(true)
    expect((await lease()).holder).toContain(`:${process.pid}:`)
  })
})
