import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'

import { createLocalReq, type Payload } from 'payload'

import { inTransaction } from './inTransaction'

/** This process, as the lease names it. */
const HOLDER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`

function leaseMs(): number {
  return Number(process.env.JOBS_LEASE_SECONDS || 60) * 1000
}

/**
 * Whether this server runs the jobs queue now. Payload's runner claims jobs with a read and then a
 * write, so two servers on one database could run the same job (publish twice, post a webhook
 * twice); instead one server at a time holds a lease in the database and renews it on every tick,
 * and another takes over once it has lapsed (JOBS_LEASE_SECONDS after the holder's last tick).
 * Taking it is one transaction: SQLite serialises those across processes (BEGIN IMMEDIATE), and on
 * a MongoDB replica set two at once conflict and one fails, which counts as not holding it.
 */
export async function holdsJobsLease(payload: Payload): Promise<boolean> {
  try {
    const req = await createLocalReq({}, payload)
    return await inTransaction(req, async () => {
      const lease = await payload.findGlobal({ slug: 'jobs-lease', depth: 0, req })
      const now = Date.now()
      if (lease.holder && lease.holder !== HOLDER && lease.until && Date.parse(lease.until) > now) return false
      await payload.updateGlobal({ slug: 'jobs-lease', data: { holder: HOLDER, until: new Date(now + leaseMs()).toISOString() }, depth: 0, req })
      return true
    })
  } catch (error) {
    payload.logger.debug({ err: error, msg: 'Another server took the jobs lease first' })
    return false
  }
}
