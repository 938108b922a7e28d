import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * SMTP when SMTP_HOST is set; otherwise Payload writes e-mails to the log, which is what a
 * developer's machine wants (and nothing tries to reach a mail server).
 */
export function emailAdapter(): Promise<EmailAdapter> | undefined {
  const host = process.env.SMTP_HOST
  if (!host) return undefined
  const user = process.env.SMTP_USER
  return nodemailerAdapter({
    defaultFromAddress: process.env.EMAIL_FROM_ADDRESS || 'bulletin@localhost',
    defaultFromName: process.env.EMAIL_FROM_NAME || '简报编辑系统 Bulletin CMS',
    skipVerify: process.env.SMTP_VERIFY !== 'true',
    transportOptions: {
      auth: user ? { pass: process.env.SMTP_PASSWORD, user } : undefined,
      host,
      ignoreTLS: process.env.SMTP_TLS === 'none',
      port: Number(process.env.SMTP_PORT || 587),
      secure: process.env.SMTP_TLS === 'implicit',
    },
  })
}
