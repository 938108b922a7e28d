#!/usr/bin/env node
// The whole test suite, as the README and CI run it: generated files current, types check (beside
// the production build for the HTTP tests), then jest. Ends with one plain line "N passed, N failed".
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'

const skipBuild = process.env.SKIP_BUILD === '1'
const jestArguments = process.argv.slice(2)

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`)
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'inherit' })
    child.on('close', (status) => {
      console.log(`  ${label}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      resolve(status === 0)
    })
  })
}

function summarize(resultsFile) {
  try {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
    return { failed: results.numFailedTests, passed: results.numPassedTests, skipped: results.numPendingTests }
  } catch {
    return { failed: 1, passed: 0, skipped: 0 }
  }
}

/** Like run(), beside other work: its output is held back and shown in one piece when it ends. */
function runBeside(label, command, args) {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('close', (status) => {
      console.log(`\n▶ ${label}${output.trim() ? `\n${output.trimEnd()}` : ''}`)
      console.log(`  ${label}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
      resolve(status === 0)
    })
  })
}

// The generated files are rewritten while checked, so that check goes before the build reads them;
// the type check runs while `next build` compiles, which leaves a core idle for much of its time.
const generatedOK = await run('generated types and import map are current', 'node', ['scripts/check-generated.mjs'])
const typesOK = runBeside('type check', 'npx', ['tsc', '--noEmit'])
const prepared = [
  generatedOK,
  await run('browser for the admin tests', 'bash', ['scripts/ensure-browser.sh']),
  skipBuild || (await run('production build', 'npx', ['next', 'build'], { NEXT_TELEMETRY_DISABLED: '1' })),
]
const preconditionsFailed = [...prepared, await typesOK].filter((ok) => !ok).length

mkdirSync('test-results', { recursive: true })
// JEST_RESULTS names another results file, so engineers running parts side by side keep their own.
const resultsFile = process.env.JEST_RESULTS ?? 'test-results/jest.json'
const jestOK = await run('jest', 'npx', ['jest', '--json', `--outputFile=${resultsFile}`, ...jestArguments], {
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
})
const { failed, passed, skipped } = summarize(resultsFile)
const totalFailed = failed + preconditionsFailed + (jestOK || failed > 0 ? 0 : 1)
console.log(`\n${passed} passed, ${totalFailed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(totalFailed === 0 ? 0 : 1)
