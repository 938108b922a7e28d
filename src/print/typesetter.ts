import { type ChildProcess, fork } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { projectRoot } from '../lib/env'
import { PrintFontsMissing } from './fonts'
import type { PrintIssue } from './model'
import type { EditionFormat, EditionWriterMessage, TypesetReply } from './writers'

type Pending = { resolve: (body: Buffer) => void; reject: (error: Error) => void }

let worker: ChildProcess | undefined
let nextID = 0
const pending = new Map<number, Pending>()

/** The worker's code: bundled beside the server (npm run build), or its TypeScript source under tsx (dev, tests, scripts). */
function workerModule(): { modulePath: string; execArgv: string[] } {
  const bundled = fileURLToPath(import.meta.url).endsWith('.mjs')
  return bundled
    ? { modulePath: path.join(projectRoot, 'dist', 'print-worker.mjs'), execArgv: [] }
    : { modulePath: path.join(projectRoot, 'src', 'print', 'worker.ts'), execArgv: ['--import', 'tsx'] }
}

function failure({ name, message, details }: { name: string; message: string; details: Record<string, unknown> }): Error {
  if (name === 'PrintFontsMissing') return new PrintFontsMissing(details.missing as string[], details.searched as string[])
  // Only the missing fonts are answered differently (503); the others keep their name for the log.
  return Object.assign(new Error(message), { name })
}

function started(): ChildProcess {
  if (worker?.connected) return worker
  const { execArgv, modulePath } = workerModule()
  const { NODE_OPTIONS: _parentOptions, ...env } = process.env
  const child = fork(modulePath, [], { cwd: projectRoot, env, execArgv, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  child.on('message', (reply: TypesetReply) => {
    const waiting = pending.get(reply.id)
    if (!waiting) return
    pending.delete(reply.id)
    if ('error' in reply) waiting.reject(failure(reply.error))
    else waiting.resolve(Buffer.from(reply.body))
  })
  child.once('exit', (code, signal) => {
    if (worker === child) worker = undefined
    for (const [id, waiting] of pending) {
      pending.delete(id)
      waiting.reject(new Error(`The print worker stopped (code ${code}, signal ${signal}) before answering.`))
    }
  })
  // An idle worker must not keep a script (an import, the tests) from ending.
  child.unref()
  child.channel?.unref()
  worker = child
  return child
}

/**
 * Typesets an edition in the print worker, a child process: Typst holds the event loop for up to a
 * second per issue and keeps its CJK fonts (over 100 MB) for the life of its process, so the server
 * hands the work over and the worker leaves after 30 s without any (PRINT_WORKER_IDLE_MS).
 */
export function typeset(format: EditionFormat, printed: PrintIssue): Promise<Buffer> {
  const child = started()
  const id = ++nextID
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject })
    child.ref()
    child.channel?.ref()
    child.send({ id, format, printed } satisfies EditionWriterMessage, (error) => {
      if (!error) return
      pending.delete(id)
      reject(error)
    })
  }).finally(() => {
    if (!pending.size && worker === child) {
      child.unref()
      child.channel?.unref()
    }
  })
}
