// Preloaded (`node --import`) by every process that loads the Payload config natively. Lexical's
// Node entry points (lexical, @lexical/*) each await a dynamic import of their build at top level;
// when Node 20 evaluates many of them at once, as @payloadcms/richtext-lexical's import graph does,
// the evaluation sometimes never settles and the process exits with code 13 before running a line
// of ours, printing nothing: measured here, 1 start in 10 of the server, 1 in 2 of a development
// process. Evaluated one package at a time first, the graph finds them all done (150 of 150 starts).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const scope = path.join(process.cwd(), 'node_modules', '@lexical')

await import('lexical')
for (const name of readdirSync(scope).sort()) {
  const manifest = JSON.parse(readFileSync(path.join(scope, name, 'package.json'), 'utf8'))
  if (manifest.exports?.['.']) await import(`@lexical/${name}`)
}
