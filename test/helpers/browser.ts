import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core'

/** Debian's Chromium; scripts/ensure-browser.sh installs it (npm test runs that first). */
export const CHROMIUM = '/usr/bin/chromium'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]
/** The first render of each admin route on a fresh server is slow; later ones are fast. */
export const SLOW = 60_000

export type Tab = { context: BrowserContext; errors: string[]; page: Page }
export type TestBrowser = {
  browser: Browser
  /** A new, cookie-less context (its own session) with one page; English browser locale unless told. */
  open: (options?: { locale?: string }) => Promise<Tab>
  close: () => Promise<void>
}

/**
 * Chromium for one spec file. `chromium.launch` gives it a fresh temporary user-data directory
 * (removed on close): Playwright refuses a --user-data-dir argument outside persistent contexts,
 * and every `open()` is a separate context with its own cookies, so two people can work side by side.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, executablePath: CHROMIUM, headless: true })
  return {
    browser,
    open: async ({ locale = 'en-US' } = {}) => {
      const context = await browser.newContext({ locale, viewport: { height: 1000, width: 1400 } })
      context.setDefaultTimeout(30_000)
      context.setDefaultNavigationTimeout(SLOW)
      const page = await context.newPage()
      return { context, errors: collectPageErrors(page), page }
    },
    close: () => browser.close(),
  }
}

/** Uncaught exceptions in the page, so a test can assert that none happened. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.stack ?? String(error)}`))
  return errors
}

/** Signs in through the admin's login form and waits for the dashboard. */
export async function signIn(page: Page, baseURL: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseURL}/admin/login`)
  await page.locator('input[name="email"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: SLOW })
  await page.locator('.dashboard').first().waitFor({ timeout: SLOW })
}

/** Drags by `handle` onto the upper edge of `onto`, in small steps as a hand would, so sortable lists see a real drag. */
export async function dragOnto(page: Page, handle: Locator, onto: Locator): Promise<void> {
  const from = await handle.boundingBox()
  const to = await onto.boundingBox()
  if (!from || !to) throw new Error('What should be dragged, or where to, is not on screen')
  const x = from.x + from.width / 2
  await page.mouse.move(x, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(x, from.y + from.height / 2 + 8, { steps: 4 })
  await page.mouse.move(x, to.y + 4, { steps: 20 })
  await page.mouse.up()
}

const ERROR_TEXTS = ['Application error', 'Something went wrong', '出错', 'This page could not be found', 'Internal Server Error']
let shotCounter = 0
let shotDirectory: string | undefined

function specName(): string {
  const testPath = expect.getState().testPath ?? 'unknown'
  return path.basename(testPath).replace(/\.spec\.[cm]?[jt]sx?$/, '')
}

/** What makes a page an error page or an empty one, or undefined when it looks fine. */
async function pageProblem(page: Page): Promise<string | undefined> {
  return page.evaluate((errorTexts) => {
    if (document.querySelector('nextjs-portal, [data-nextjs-dialog], #__next-build-watcher [data-nextjs-toast]')) {
      return 'a Next.js error overlay is showing'
    }
    const bodyText = document.body?.innerText ?? ''
    const found = errorTexts.find((text) => bodyText.includes(text))
    if (found) return `the page says "${found}"`
    // Payload's templates: the admin's main column, or the minimal one of the login page.
    const main = document.querySelector('.template-default__wrap, .template-minimal, main') ?? document.body
    const visible = main instanceof HTMLElement ? main.innerText.trim() : ''
    if (!visible) return 'the main content area has no visible text'
    return undefined
  }, ERROR_TEXTS)
}

/**
 * Saves test-results/screenshots/<spec>/<NN-name>.png and fails the test if the page shows an
 * error page or nothing at all (the screenshot is saved first, so it shows what went wrong).
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!shotDirectory) {
    shotDirectory = path.join(process.cwd(), 'test-results', 'screenshots', specName())
    rmSync(shotDirectory, { force: true, recursive: true })
    mkdirSync(shotDirectory, { recursive: true })
  }
  shotCounter += 1
  const file = path.join(shotDirectory, `${String(shotCounter).padStart(2, '0')}-${name.replace(/[^\w\u4e00-\u9fff-]+/g, '-')}.png`)
  // Let fonts and pending requests settle; a page that never idles (polling) is still shot.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined)
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.screenshot({ fullPage: true, path: file })
  const problem = await pageProblem(page)
  if (problem) throw new Error(`Screenshot ${path.relative(process.cwd(), file)} (${page.url()}): ${problem}`)
  return file
}
