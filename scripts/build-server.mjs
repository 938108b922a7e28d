#!/usr/bin/env node
// The express host (src/server.ts) as one ES module, dist/server.mjs, with node_modules left as
// imports. `npm start` and the test servers run it with plain Node: loading the TypeScript sources
// through tsx's loader made every start cost 4.4 s and 6.1 s of CPU and 380 MB; bundled it is 2.5 s,
// 2.2 s and 240 MB. Unminified, so a stack trace still reads as the source (each file is marked).
import { pathToFileURL } from 'node:url'

import { build } from 'esbuild'

export const SERVER_BUNDLE = 'dist/server.mjs'
/** The print worker the server forks to typeset editions (src/print/typesetter.ts). */
const BUNDLES = { [SERVER_BUNDLE]: 'src/server.ts', 'dist/print-worker.mjs': 'src/print/worker.ts' }

export async function buildServer() {
  await Promise.all(Object.entries(BUNDLES).map(([outfile, entry]) => bundle(entry, outfile)))
}

function bundle(entry, outfile) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    // The admin's styles are Next's to bundle; the server never renders a component itself.
    loader: { '.css': 'empty', '.scss': 'empty' },
    logLevel: 'warning',
  })
}

// No top-level await: jest's global set-up loads this module with require().
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildServer().catch(() => {
    // esbuild has printed what failed.
    process.exitCode = 1
  })
}
