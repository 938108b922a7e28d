#!/usr/bin/env node
// The whole test suite, as the README and CI run it: generated files current, then jest, beside the
// type check and the production build for the HTTP tests. Ends with one plain line "N passed, N failed".
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'

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
function runBeside(label, command, args, env = {}) {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
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

// The generated files are rewritten while checked, so that check goes before the build reads them.
// Then jest starts at once: `next build` and the type check run beside it, the specs that start the
// production server wait for the build (NEXT_BUILD_STATUS, test/helpers/testServer.ts) and go last
// (test/sequencer.cjs), and the specs that call Payload in-process use the cores the build leaves idle.
const generatedOK = await run('generated types and import map are current', 'node', ['scripts/check-generated.mjs'])
const browserOK = await run('browser for the admin tests', 'bash', ['scripts/ensure-browser.sh'])

mkdirSync('test-results', { recursive: true })
const buildStatusFile = 'test-results/next-build-status'
writeFileSync(buildStatusFile, skipBuild ? 'ok' : 'building')
const buildOK = skipBuild
  ? true
  : runBeside('production build', 'npx', ['next', 'build'], { NEXT_TELEMETRY_DISABLED: '1' }).then((ok) => {
      writeFileSync(buildStatusFile, ok ? 'ok' : 'failed')
      return ok
    })
const typesOK = runBeside('type check', 'npx', ['tsc', '--noEmit'])

// JEST_RESULTS names another results file, so engineers running parts side by side keep their own.
const resultsFile = process.env.JEST_RESULTS ?? 'test-results/jest.json'
const jestOK = await run('jest', 'npx', ['jest', '--json', `--outputFile=${resultsFile}`, ...jestArguments], {
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  NEXT_BUILD_STATUS: buildStatusFile,
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --no-warnings`.trim(),
})
const preconditionsFailed = [generatedOK, browserOK, await buildOK, await typesOK].filter((ok) => !ok).length
const { failed, passed, skipped } = summarize(resultsFile)
const totalFailed = failed + preconditionsFailed + (jestOK || failed > 0 ? 0 : 1)
console.log(`\n${passed} passed, ${totalFailed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(totalFailed === 0 ? 0 : 1)
