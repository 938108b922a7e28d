import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { body: string; from: string; raw: string; subject: string; to: string[] }

export type Mailbox = {
  env: Record<string, string>
  mails: ReceivedMail[]
  /** Resolves once `count` mails matching `predicate` have arrived (mail is sent after the response). */
  waitFor: (predicate: (mail: ReceivedMail) => boolean, count?: number, timeoutMs?: number) => Promise<ReceivedMail[]>
  stop: () => Promise<void>
}

/** The Subject header, with RFC 2047 encoded words (how Chinese subjects travel) decoded. */
function decodeSubject(raw: string): string {
  const header = /^Subject: (.*(?:\r\n[ \t].*)*)/im.exec(raw)?.[1] ?? ''
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/\r\n[ \t]/g, ' ')
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_match, encoding: string, text: string) => {
      if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8')
      const bytes = text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_hex, code: string) => String.fromCharCode(parseInt(code, 16)))
      return Buffer.from(bytes, 'latin1').toString('utf8')
    })
}

/** The message text: quoted-printable (nodemailer's choice for Chinese text) decoded. */
function decodeBody(raw: string): string {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4)
  if (!/Content-Transfer-Encoding: quoted-printable/i.test(raw)) return body
  const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_hex, code: string) => String.fromCharCode(parseInt(code, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}

/** A real SMTP server on a free local port that keeps every message it receives. */
export async function startMailbox(): Promise<Mailbox> {
  const mails: ReceivedMail[] = []
  const onArrival = new Set<() => void>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        mails.push({
          body: decodeBody(raw),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          raw,
          subject: decodeSubject(raw),
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
        })
        for (const check of onArrival) check()
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo

  return {
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), SMTP_TLS: 'none', EMAIL_FROM_ADDRESS: 'bulletin@test.example' },
    mails,
    waitFor: (predicate, count = 1, timeoutMs = 10_000) =>
      new Promise<ReceivedMail[]>((resolve, reject) => {
        const check = () => {
          const found = mails.filter(predicate)
          if (found.length < count) return
          settle()
          resolve(found)
        }
        const deadline = setTimeout(() => {
          settle()
          reject(new Error(`Expected ${count} mail(s); got: ${JSON.stringify(mails.map((mail) => [mail.to, mail.subject]))}`))
        }, timeoutMs)
        const settle = () => {
          clearTimeout(deadline)
          onArrival.delete(check)
        }
        onArrival.add(check)
        check()
      }),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
