#!/usr/bin/env node
// Fails when src/payload-types.ts or the admin import map no longer match the Payload config,
// i.e. someone changed a collection and forgot `npm run generate`. Leaves the files as they were.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

const generatedFiles = ['src/payload-types.ts', 'src/app/(payload)/admin/importMap.js']
const before = new Map(generatedFiles.map((file) => [file, readFileSync(file, 'utf8')]))

const result = spawnSync('npm', ['run', '--silent', 'generate'], { encoding: 'utf8' })
if (result.status !== 0) {
  console.error(`npm run generate failed:\n${result.stdout}\n${result.stderr}`)
  process.exit(1)
}

const stale = generatedFiles.filter((file) => readFileSync(file, 'utf8') !== before.get(file))
for (const file of stale) writeFileSync(file, before.get(file))
if (stale.length) {
  console.error(`Out of date: ${stale.join(', ')}. Run \`npm run generate\` and commit the result.`)
  process.exit(1)
}
console.log('payload-types.ts and importMap.js match the config.')
