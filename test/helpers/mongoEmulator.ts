import type { AddressInfo } from 'node:net'

export type MongoEmulator = { uri: string; stop: () => Promise<void> }

/**
 * Starts an in-memory, wire-compatible MongoDB stand-in (CongoServer from
 * @push.rocks/smartmongo 2.2.0), because no real MongoDB server installs here.
 * It is alpha quality: it ignores unique indexes, cannot roll back transactions
 * and fails on `join` fields, so use it for a parity smoke suite only and prefer
 * a real server (MONGODB_TEST_URI) where one exists.
 */
export async function startMongoEmulator(databaseName: string): Promise<MongoEmulator> {
  // smartmongo is ESM-only. A dynamic import loads it under tsx and under jest's ESM mode
  // (--experimental-vm-modules) alike, and only when a test actually asks for MongoDB.
  const { congodb } = await import('@push.rocks/smartmongo')

  // Port 0 lets the OS choose a free port, so parallel jest workers never collide.
  // Memory storage with no persistPath starts no persistence timer that could keep jest alive.
  const server = new congodb.CongoServer({ host: '127.0.0.1', port: 0, storage: 'memory' })
  await server.start()

  // getConnectionUri() and .port echo the requested port (0), so read the real one from the
  // listening socket. `server` is private in its typings; bracket access is TypeScript's
  // sanctioned escape hatch and keeps the type.
  const { port } = server['server']!.address() as AddressInfo

  return {
    // directConnection: the emulator is a standalone node, so skip topology discovery.
    uri: `mongodb://127.0.0.1:${port}/${databaseName}?directConnection=true`,
    // CongoServer.stop() destroys the open client sockets and then closes the listener, so
    // nothing is left holding the event loop. Call it after payload.destroy() so the driver
    // closes its pool first instead of seeing its sockets cut.
    stop: () => server.stop(),
  }
}
