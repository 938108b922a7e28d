import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export type ReceivedHook = {
  body: string
  event: { id: string; issue: { id: number }; type: string; occurredAt: string } & Record<string, unknown>
  headers: IncomingHttpHeaders
  path: string
  /** The signature checked the way README.md tells receivers to. */
  signed: boolean
}

/** A status code to answer with, or `reset` to drop the connection without answering. */
export type Reply = 'reset' | number

export type Receiver = {
  /** Keyed by path; a webhook's secret, so each request's signature can be checked. */
  secrets: Map<string, string>
  /** Keyed by path; the answers to give, in order. After they run out: 204. */
  replies: Map<string, Reply[]>
  received: ReceivedHook[]
  hooksFor: (path: string, issueID: number) => ReceivedHook[]
  url: (path: string) => string
  stop: () => Promise<void>
}

function verify(body: Buffer, header: string | string[] | undefined, secret: string | undefined): boolean {
  if (typeof header !== 'string' || !secret) return false
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`)
  const received = Buffer.from(header)
  return received.length === expected.length && timingSafeEqual(received, expected)
}

/** A webhook receiver on a free loopback port that keeps every request it gets. */
export async function startReceiver(): Promise<Receiver> {
  const secrets = new Map<string, string>()
  const replies = new Map<string, Reply[]>()
  const received: ReceivedHook[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const raw = Buffer.concat(chunks)
      const path = req.url ?? '/'
      received.push({
        body: raw.toString('utf8'),
        event: JSON.parse(raw.toString('utf8')),
        headers: req.headers,
        path,
        signed: verify(raw, req.headers['x-bulletin-signature'], secrets.get(path)),
      })
      const reply = replies.get(path)?.shift() ?? 204
      if (reply === 'reset') {
        req.socket.destroy()
        return
      }
      res.writeHead(reply, { 'Content-Type': 'text/plain' }).end(reply < 300 ? '' : `failing on purpose (${reply})`)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    secrets,
    replies,
    received,
    hooksFor: (path, issueID) => received.filter((hook) => hook.path === path && hook.event.issue.id === issueID),
    url: (path) => `http://127.0.0.1:${port}${path}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
