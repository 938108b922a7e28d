import './lib/loadEnv'

import type { AddressInfo } from 'node:net'

import { seedOnEmptyDatabase } from './seed/onEmpty'
import { createServer } from './server/createServer'
import { limitHeapGrowth } from './server/heapGrowth'

limitHeapGrowth()

const dev = process.env.NODE_ENV !== 'production'
const port = Number(process.env.PORT || 3000)

const server = await createServer({ dev })
await seedOnEmptyDatabase(server.payload)

server.httpServer.listen(port, () => {
  const { port: boundPort } = server.httpServer.address() as AddressInfo
  // A parent process (the test harness) learns over IPC that this process, not another that took the port, listens.
  process.send?.({ listening: boundPort })
  server.payload.logger.info(
    `Bulletin CMS${dev ? ' (development)' : ''} at http://localhost:${boundPort}/admin — database: ${server.payload.db.name}`,
  )
})

let stopping = false
async function shutdown(signal: string): Promise<void> {
  if (stopping) return
  stopping = true
  server.payload.logger.info(`${signal} received: finishing open requests, then stopping`)
  const forceExit = setTimeout(() => process.exit(1), 10_000)
  forceExit.unref()
  await server.close()
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
