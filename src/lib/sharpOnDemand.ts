import { createRequire } from 'node:module'

import type Sharp from 'sharp'

const require = createRequire(import.meta.url)
let loaded: typeof Sharp | undefined

/**
 * sharp, loaded by the first image it is given: libvips takes some 6 MB of a process that may
 * never see an upload (a server that only delivers, a script). Payload and our hooks only call it.
 */
export const sharpOnDemand = ((...args: Parameters<typeof Sharp>) => {
  loaded ??= require('sharp') as typeof Sharp
  return loaded(...args)
}) as typeof Sharp
