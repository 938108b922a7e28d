import type { IncomingMessage, ServerResponse } from 'node:http'

import type { DeliveryAPI } from '../delivery/router'
import { translated } from '../i18n'
import { refuse } from './refuse'
import type { CountAnonymous } from './rateLimits'

/**
 * What answers a request before express: the delivery API's anonymous rate limit, and its answers
 * from the cache. A cached full issue costs the server a third of the CPU it costs through express
 * (`npm run bench`), and most requests partner sites make are answered so. Whether it answered.
 */
export function frontDoor(delivery: DeliveryAPI, countAnonymous: CountAnonymous) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if (!req.url?.startsWith('/delivery/')) return false
    const wait = await countAnonymous(req)
    if (wait !== undefined) {
      res.setHeader('Retry-After', String(wait))
      refuse(req, res, 429, translated((m) => m.server.tooManyRequests({ seconds: wait })))
      return true
    }
    return delivery.answerFromCache(req, res)
  }
}
