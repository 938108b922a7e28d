// `npm run generate`: src/payload-types.ts and the admin import map, from the Payload config.
// Our own script rather than `payload generate:*`, whose process exited half-way (code 13) on
// Node 20: the evaluation of Lexical's entry points that scripts/lexical-first.mjs now settles.
import '../src/lib/loadEnv'

import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

import configPromise from '../src/payload.config'

const config = await configPromise
await generateTypes(config)
await generateImportMap(config, { log: true })
process.exit(0)
