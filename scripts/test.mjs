#!/usr/bin/env node
// The whole test suite, as the README and CI run it: generated files current, types check,
// a production build for the HTTP tests, then jest. Ends with one plain line "N passed, N failed".
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'

const skipBuild = process.env.SKIP_BUILD === '1'
const jestArguments = process.argv.slice(2)

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`)
  const started = Date.now()
  const result = spawnSync(command, args, { env: { ...process.env, ...env }, stdio: 'inherit' })
  console.log(`  ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return result.status === 0
}

function summarize(resultsFile) {
  try {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
    return { failed: results.numFailedTests, passed: results.numPassedTests, skipped: results.numPendingTests }
  } catch {
    return { failed: 1, passed: 0, skipped: 0 }
  }
}

const preconditions = [
  () => run('generated types and import map are current', 'node', ['scripts/check-generated.mjs']),
  () => run('type check', 'npx', ['tsc', '--noEmit']),
  () => run('browser for the admin tests', 'bash', ['scripts/ensure-browser.sh']),
  () => skipBuild || run('production build', 'npx', ['next', 'build'], { NEXT_TELEMETRY_DISABLED: '1' }),
]
const preconditionsFailed = preconditions.filter((check) => !check()).length

mkdirSync('test-results', { recursive: true })
// JEST_RESULTS names another results file, so engineers running parts side by side keep their own.
const resultsFile = process.env.JEST_RESULTS ?? 'test-results/jest.json'
const jestOK = run('jest', 'npx', ['jest', '--json', `--outputFile=${resultsFile}`, ...jestArguments], {
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
})
const { failed, passed, skipped } = summarize(resultsFile)
const totalFailed = failed + preconditionsFailed + (jestOK || failed > 0 ? 0 : 1)
console.log(`\n${passed} passed, ${totalFailed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(totalFailed === 0 ? 0 : 1)
