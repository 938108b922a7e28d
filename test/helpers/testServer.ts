import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

import type { TestDatabase } from './testDatabase'

const projectRoot = process.cwd()
const STARTUP_TIMEOUT_MS = 90_000

export type TestServer = { baseURL: string; output: () => string; stop: () => Promise<number | null> }

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

/**
 * The real production server (`npm start`'s entry point) as a child process on a free port,
 * against the test's database. Needs `next build` to have run (scripts/test.mjs does it).
 */
export async function startTestServer(database: TestDatabase, env: Record<string, string> = {}): Promise<TestServer> {
  if (!existsSync(path.join(projectRoot, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` (npm test does it) before the HTTP tests.')
  }
  const port = await freePort()
  const { NODE_OPTIONS: _jestVMModules, ...inherited } = process.env
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: projectRoot,
    env: {
      ...inherited,
      DATABASE_URI: database.uri,
      // The test process turns the queue off for its own Payload; the server runs it as in production.
      JOBS_AUTORUN: 'true',
      MEDIA_DIR: database.mediaDirectory,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'test-secret',
      PAYLOAD_PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
      PORT: String(port),
      SEED_ON_EMPTY: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  let stopping = false
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => {
      // A server that dies under a test would otherwise show only as "fetch failed" everywhere after.
      if (!stopping) console.error(`The test server exited unexpectedly (code ${code}, signal ${signal}):\n${output.slice(-6000)}`)
      resolve(code)
    }),
  )

  const baseURL = `http://127.0.0.1:${port}`
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited during start-up:\n${output}`)
    try {
      if ((await fetch(`${baseURL}/healthz`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`The server did not answer /healthz within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }

  return {
    baseURL,
    output: () => output,
    stop: async () => {
      stopping = true
      if (child.exitCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}
