// The print worker's process (src/print/typesetter.ts starts it): typesets editions sent over IPC
// and leaves once it has had nothing to do for a while, taking the compiler and its fonts with it.
import { type EditionWriterMessage, type TypesetReply, writers } from './writers'

const IDLE_MS = Number(process.env.PRINT_WORKER_IDLE_MS || 30_000)

let idle: NodeJS.Timeout | undefined
const leaveWhenIdle = () => {
  clearTimeout(idle)
  idle = setTimeout(() => process.exit(0), IDLE_MS)
}

process.on('message', async ({ id, format, printed }: EditionWriterMessage) => {
  leaveWhenIdle()
  let reply: TypesetReply
  try {
    reply = { id, body: await writers[format](printed) }
  } catch (error) {
    const { message, name, ...details } = error as Error & Record<string, unknown>
    reply = { id, error: { message, name: (error as Error).constructor?.name ?? name, details } }
  }
  process.send?.(reply)
  leaveWhenIdle()
})
// The parent going away (a crash, a restart) leaves nothing to typeset for.
process.on('disconnect', () => process.exit(0))
leaveWhenIdle()
