import type { IncomingMessage } from 'node:http'

import { ipKeyGenerator } from 'express-rate-limit'
import { LRUCache } from 'lru-cache'
import proxyAddress from 'proxy-addr'

/**
 * The key the rate limits count a client under: the address express's req.ip gives (its IPv6
 * network for an IPv6 address), kept per address seen, because working it out parses the address
 * anew each time (a fifth of the JavaScript a cached delivery answer costs).
 */
export function clientKeys(trustProxy: Parameters<typeof proxyAddress>[1]): (req: IncomingMessage) => string {
  const keys = new LRUCache<string, string>({ max: 10_000 })
  return (req) => {
    const address = proxyAddress(req, trustProxy)
    let key = keys.get(address)
    if (key === undefined) {
      key = ipKeyGenerator(address)
      keys.set(address, key)
    }
    return key
  }
}
