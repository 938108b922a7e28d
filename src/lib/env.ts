import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import dotenv from 'dotenv'

export const projectRoot = process.cwd()
export const dataDirectory = path.resolve(projectRoot, 'data')

/**
 * `.env` wins; `.env.example` supplies the documented defaults, so a fresh clone runs with no set-up.
 * Variables already in the environment (tests, CI, docker) are never overridden.
 */
export function loadEnvFiles(): void {
  for (const file of ['.env', '.env.example']) {
    const envPath = path.resolve(projectRoot, file)
    if (existsSync(envPath)) dotenv.config({ path: envPath, quiet: true })
  }
}

/**
 * A fresh clone has no secret; generate one per machine and keep it out of the repository
 * so that sessions survive restarts.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const secretFile = path.join(dataDirectory, '.payload-secret')
  if (!existsSync(secretFile)) {
    mkdirSync(dataDirectory, { recursive: true })
    writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 })
  }
  return readFileSync(secretFile, 'utf8').trim()
}

/** Where uploaded images and their sizes are kept (MEDIA_DIR, ./media by default). */
export function mediaDirectory(): string {
  return path.resolve(process.env.MEDIA_DIR || path.join(projectRoot, 'media'))
}

export function serverURL(): string {
  return process.env.PAYLOAD_PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`
}
