import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

import { SERVER_BUNDLE } from '../../scripts/build-server.mjs'
import type { TestDatabase } from './testDatabase'
import { waitUntil } from './waitUntil'

const projectRoot = process.cwd()
const STARTUP_TIMEOUT_MS = 90_000
const START_ATTEMPTS = 3
const BUILD_TIMEOUT_MS = 10 * 60_000

export type TestServer = {
  baseURL: string
  output: () => string
  /** The server process, for reading its memory and open files under /proc. */
  pid: number
  stop: () => Promise<number | null>
  /** Ends the process at once (SIGKILL), as a crash or a power cut would. */
  kill: () => Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

type Started = { child: ChildProcess; output: () => string } | { taken: true }

/**
 * One start on a port probed free. The server reports over IPC once it listens, so a spec never
 * mistakes another spec's server (that took the port in the meantime) for its own.
 */
async function startOn(port: number, database: TestDatabase, env: Record<string, string>): Promise<Started> {
  const { NODE_OPTIONS: _jestVMModules, ...inherited } = process.env
  const child: ChildProcess = spawn(process.execPath, ['--import', './scripts/lexical-first.mjs', SERVER_BUNDLE], {
    cwd: projectRoot,
    env: {
      ...inherited,
      DATABASE_URI: database.uri,
      // The test process turns the queue off for its own Payload; the server runs it as in production.
      JOBS_AUTORUN: 'true',
      MEDIA_DIR: database.mediaDirectory,
      NODE_ENV: 'production',
      // As `npm start` runs it: two malloc arenas, not one per thread of the pool that compresses answers.
      MALLOC_ARENA_MAX: '2',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'test-secret',
      PAYLOAD_PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
      PORT: String(port),
      SEED_ON_EMPTY: 'false',
      // Specs sign in and read far more often than any one person; test/auth checks the limits.
      RATE_LIMIT_ANONYMOUS: '0',
      RATE_LIMIT_PASSWORD_RESET: '0',
      RATE_LIMIT_SIGN_IN: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const listening = await new Promise<boolean | string>((resolve) => {
    const timer = setTimeout(() => resolve(false), STARTUP_TIMEOUT_MS)
    child.on('message', (message: { listening?: number }) => {
      if (message.listening === port) {
        clearTimeout(timer)
        resolve(true)
      }
    })
    // 'close', not 'exit': only then has everything the process printed been read.
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      resolve(`exited with code ${code}, signal ${signal}`)
    })
  })
  if (listening === true) return { child, output: () => output }
  child.kill('SIGKILL')
  if (output.includes('EADDRINUSE')) return { taken: true }
  throw new Error(`The server did not start (${listening || `no answer in ${STARTUP_TIMEOUT_MS / 1000} s`}):\n${output}`)
}

/**
 * Resolves once Next's production build is there. scripts/test.mjs builds while the suite already
 * runs and names in NEXT_BUILD_STATUS the file where it writes 'building', then 'ok' or 'failed'.
 */
async function productionBuild(): Promise<void> {
  const statusFile = process.env.NEXT_BUILD_STATUS
  const status = () => (statusFile && existsSync(statusFile) ? readFileSync(statusFile, 'utf8').trim() : undefined)
  await waitUntil(async () => status() !== 'building', { describe: () => 'The production build did not finish.', timeoutMs: BUILD_TIMEOUT_MS })
  if (status() === 'failed') throw new Error('The production build failed (its output is above the test results).')
  if (!existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` (npm test does it) before the HTTP tests.')
  }
}

/**
 * The real production server (`npm start`'s bundle, made by the suite's global set-up) as a child
 * process on a free port, against the test's database. Needs `next build` to have run (scripts/test.mjs does it).
 */
export async function startTestServer(database: TestDatabase, env: Record<string, string> = {}): Promise<TestServer> {
  await productionBuild()
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
    const port = await freePort()
    const started = await startOn(port, database, env)
    if ('taken' in started) continue
    const { child, output } = started
    let stopping = false
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code, signal) => {
        // A server that dies under a test would otherwise show only as "fetch failed" everywhere after.
        if (!stopping) console.error(`The test server exited unexpectedly (code ${code}, signal ${signal}):\n${output().slice(-6000)}`)
        resolve(code)
      }),
    )
    return {
      baseURL: `http://127.0.0.1:${port}`,
      output,
      pid: child.pid as number,
      stop: async () => {
        stopping = true
        if (child.exitCode === null) child.kill('SIGTERM')
        return exited
      },
      kill: async () => {
        stopping = true
        if (child.exitCode === null) child.kill('SIGKILL')
        await exited
      },
    }
  }
  throw new Error(`No free port after ${START_ATTEMPTS} attempts.`)
}
