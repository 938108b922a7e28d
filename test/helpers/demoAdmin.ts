import type { Payload } from 'payload'

import { launchBrowser, signIn, type Tab, type TestBrowser } from './browser'
import { initPayload, type TestPayload } from './initPayload'
import { startTestServer, type TestServer } from './testServer'

export type DemoRole = 'ADMIN' | 'EDITOR' | 'REVIEWER'

/** The demo accounts `npm run seed` creates, from .env (defaults in .env.example). */
export function demoAccount(role: DemoRole): { email: string; password: string } {
  return { email: process.env[`SEED_${role}_EMAIL`] as string, password: process.env[`SEED_${role}_PASSWORD`] as string }
}

export type DemoAdmin = {
  readonly baseURL: string
  readonly payload: Payload
  /** A new browser context (its own cookies) with one page; English browser locale unless told. */
  open: (options?: { locale?: string }) => Promise<Tab>
  /** A new browser context signed in through the login form as one of the demo accounts. */
  signedIn: (role: DemoRole, options?: { locale?: string }) => Promise<Tab>
}

/**
 * The admin of one browser spec file: a database with the demo content, the production server and
 * Chromium, started before the file's tests and stopped after them. An uncaught exception in any
 * page fails the test in which it happened.
 */
export function useDemoAdmin(name: string): DemoAdmin {
  let context: TestPayload
  let server: TestServer
  let chromium: TestBrowser
  const tabs: Tab[] = []

  beforeAll(async () => {
    context = await initPayload(name, { content: 'demo' })
    server = await startTestServer(context.database)
    chromium = await launchBrowser()
  }, 180_000)

  afterAll(async () => {
    await chromium?.close()
    await server?.stop()
    await context?.close()
  })

  afterEach(() => {
    const errors = tabs.flatMap((tab) => tab.errors.splice(0))
    expect(errors).toEqual([])
  })

  const open = async (options?: { locale?: string }) => {
    const tab = await chromium.open(options)
    tabs.push(tab)
    return tab
  }
  return {
    get baseURL() {
      return server.baseURL
    },
    get payload() {
      return context.payload
    },
    open,
    signedIn: async (role, options) => {
      const tab = await open(options)
      const { email, password } = demoAccount(role)
      await signIn(tab.page, server.baseURL, email, password)
      return tab
    },
  }
}
