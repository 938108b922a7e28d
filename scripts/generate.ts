// `npm run generate`: src/payload-types.ts and the admin import map, from the Payload config.
// Runs under the tsx CLI: `payload generate:*` loads the config through a registered loader
// thread, and on Node 20 that process exits half-way (event loop drained) for this config.
import '../src/lib/loadEnv'

import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import configPromise from '../src/payload.config'

const config = await configPromise
await generateTypes(config)
await generateImportMap(config, { log: true })
process.exit(0)
