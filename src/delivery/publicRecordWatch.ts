import type { Payload } from 'payload'

import { publicRecordToken } from '../publication/changeToken'

/** How stale a server's delivery cache can be after another server changed the public record. */
export const WATCH_INTERVAL_MS = 250

export type PublicRecordWatch = {
  /** Reads the change token when the interval has passed (sharing a read under way), calling `changed` if it moved. */
  check: () => Promise<void>
  /** Whether the token was read within the interval: what this server keeps is then current. */
  isCurrent: () => boolean
}

/**
 * Learns of changes made through other servers on the same database: asked on each delivery
 * request, it reads the change token at most once per interval, and calls `changed` when the token
 * differs from the one it saw before. Changes made in this process are announced at once by the
 * publication events; this covers the others within the interval, without a new service.
 */
export function watchPublicRecord(payload: Payload, changed: () => void): PublicRecordWatch {
  let known: string | undefined
  let checkedAt = 0
  let reading: Promise<void> | undefined
  const read = async () => {
    const token = await publicRecordToken(payload)
    if (known !== undefined && token !== known) changed()
    known = token
  }
  const isCurrent = () => Date.now() - checkedAt < WATCH_INTERVAL_MS
  return {
    isCurrent,
    check: async () => {
      if (reading) return reading
      if (isCurrent()) return
      checkedAt = Date.now()
      reading = read()
        // A database that does not answer fails the requests that need it; cached answers still go out.
        .catch((error) => payload.logger.warn({ err: error, msg: "Could not read the public record's change token" }))
        .finally(() => {
          reading = undefined
        })
      return reading
    },
  }
}
