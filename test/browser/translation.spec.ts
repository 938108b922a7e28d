import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { CollectionSlug } from 'payload'

import { screenshot, SLOW, type Tab } from '../helpers/browser'
import { useDemoAdmin } from '../helpers/demoAdmin'

// Every admin view, walked as the administrator in Chinese and then in English: the words the admin
// itself shows (labels, buttons, headings, descriptions, placeholders, messages) must all be in the
// admin's language. Content is whatever the database holds (titles, names, sources, addresses),
// which stays as written.
const admin = useDemoAdmin('browser-translation')

const HAN = /\p{Script=Han}+/u
const LATIN_WORD = /\b[A-Za-z]{3,}\b/g
/** The same words, for testing a text without the global flag's lastIndex. */
const HAS_LATIN_WORD = new RegExp(LATIN_WORD.source)
/** Latin words a Chinese interface writes as they are: formats, protocols, key names, the product's English name. */
const SAME_IN_CHINESE = new Set(['alt', 'api', 'bulletin', 'cms', 'csv', 'doi', 'docx', 'graphql', 'json', 'pdf', 'rest', 'rss', 'txt', 'url', 'webhook', 'word'])
/** The product's Chinese name, shown beside its English one on the sign-in page in both languages. */
const SAME_IN_ENGLISH = ['简报编辑系统']
/** Examples of what to type ("如 NSF、科技部", "e.g. 黄 健") and HTTP header names are content too. */
const EXAMPLES = { en: /\be\.g\.[^]*$/u, zh: /如[^]*$/u }
const HEADER_NAME = /\bX(?:-[A-Za-z]+)+/g
type View = { name: string; path: string }
let views: View[]
let content: string[]

/** Every string the database holds, longest first: what the admin shows of them is content. */
async function contentStrings(): Promise<string[]> {
  const found = new Set<string>()
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.trim().length >= 2) found.add(value.trim())
    } else if (Array.isArray(value)) value.forEach(collect)
    else if (value && typeof value === 'object') Object.values(value).forEach(collect)
  }
  for (const collection of admin.payload.config.collections.map((config) => config.slug)) {
    const { docs } = await admin.payload.find({ collection: collection as CollectionSlug, depth: 0, draft: true, pagination: false })
    collect(docs)
  }
  return [...found].sort((a, b) => b.length - a.length)
}

async function firstID(collection: CollectionSlug): Promise<number | string | undefined> {
  return (await admin.payload.find({ collection, depth: 0, draft: true, limit: 1 })).docs[0]?.id
}

beforeAll(async () => {
  content = await contentStrings()
  const shown = admin.payload.config.collections.filter((config) => !config.admin?.hidden).map((config) => config.slug as CollectionSlug)
  views = [
    { name: 'dashboard', path: '/admin' },
    { name: 'account', path: '/admin/account' },
    { name: 'credit-stats', path: '/admin/credit-stats' },
    { name: 'issue-import', path: '/admin/collections/issues/import' },
  ]
  for (const collection of shown) {
    views.push({ name: `${collection}-list`, path: `/admin/collections/${collection}` })
    const id = await firstID(collection)
    if (id !== undefined) views.push({ name: `${collection}-edit`, path: `/admin/collections/${collection}/${id}` })
  }
  for (const collection of ['series', 'issues', 'sections', 'items', 'authors', 'references', 'media', 'webhooks'] as const) {
    views.push({ name: `${collection}-create`, path: `/admin/collections/${collection}/create` })
  }
  const item = await firstID('items')
  const { docs: versions } = await admin.payload.findVersions({ collection: 'items', depth: 0, limit: 1, where: { parent: { equals: item } } })
  views.push({ name: 'items-versions', path: `/admin/collections/items/${item}/versions` })
  views.push({ name: 'items-version', path: `/admin/collections/items/${item}/versions/${versions[0]!.id}` })
  views.push({ name: 'issues-builder', path: `/admin/collections/issues/${await firstID('issues')}/builder` })
}, 60_000)

/** The visible words of the page, and its placeholders, labels and titles, outside the rich text editors. */
async function wordsShown({ page }: Tab, path: string): Promise<string[]> {
  await page.goto(`${admin.baseURL}${path}`)
  await page.locator('.template-default, .template-minimal').first().waitFor({ timeout: SLOW })
  await page.waitForLoadState('networkidle')
  await page.locator('.shimmer-effect').first().waitFor({ state: 'detached', timeout: SLOW })
  return page.evaluate(() => {
    const texts: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement
      const text = node.textContent?.trim()
      if (!text || !element || element.closest('script, style, noscript, [data-lexical-editor]') || !element.checkVisibility()) continue
      texts.push(text)
    }
    for (const element of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
      if (!element.checkVisibility() || element.closest('[data-lexical-editor]')) continue
      for (const attribute of ['placeholder', 'aria-label', 'title']) {
        const value = element.getAttribute(attribute)?.trim()
        if (value) texts.push(value)
      }
    }
    return texts
  })
}

const LATIN_ONLY = /^[\x20-\x7e]+$/
const escaped = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** What is left of a text once the content it quotes is taken out; Latin content only as whole words. */
function withoutContent(text: string): string {
  let rest = text
  for (const value of content) {
    if (!rest.includes(value)) continue
    rest = LATIN_ONLY.test(value) ? rest.replace(new RegExp(`(?<![A-Za-z0-9])${escaped(value)}(?![A-Za-z0-9])`, 'g'), ' ') : rest.split(value).join(' ')
  }
  return rest
}

function foreignWords(texts: string[], language: 'en' | 'zh'): string[] {
  const found = new Set<string>()
  for (const text of texts) {
    if (!(language === 'zh' ? HAS_LATIN_WORD : HAN).test(text)) continue
    const rest = withoutContent(text.replace(EXAMPLES[language], ' ').replace(HEADER_NAME, ' '))
    if (language === 'zh') {
      for (const [word] of rest.matchAll(LATIN_WORD)) if (!SAME_IN_CHINESE.has(word.toLowerCase())) found.add(text)
    } else if (HAN.test(SAME_IN_ENGLISH.reduce((left, name) => left.split(name).join(' '), rest))) found.add(text)
  }
  return [...found]
}

/** What a failing walk found, kept beside the screenshots for whoever fixes it. */
function keep(language: 'en' | 'zh', problems: Record<string, string[]>): void {
  const directory = path.join(process.cwd(), 'test-results', 'translation')
  mkdirSync(directory, { recursive: true })
  writeFileSync(path.join(directory, `${language}.json`), JSON.stringify(problems, null, 2))
}

describe('every admin view in the admin’s language', () => {
  it('shows no English outside content in the Chinese admin', async () => {
    const tab = await admin.signedIn('ADMIN')
    const problems: Record<string, string[]> = {}
    for (const view of views) {
      const english = foreignWords(await wordsShown(tab, view.path), 'zh')
      if (english.length > 0) problems[view.name] = english
      await screenshot(tab.page, `zh-${view.name}`)
    }
    expect(views.length).toBeGreaterThan(30)
    keep('zh', problems)
    expect(problems).toEqual({})
  })

  it('shows no Chinese outside content in the English admin', async () => {
    const tab = await admin.signedIn('ADMIN')
    await tab.page.context().addCookies([{ name: 'payload-lng', value: 'en', url: admin.baseURL }])
    const problems: Record<string, string[]> = {}
    for (const view of views) {
      const chinese = foreignWords(await wordsShown(tab, view.path), 'en')
      if (chinese.length > 0) problems[view.name] = chinese
      await screenshot(tab.page, `en-${view.name}`)
    }
    keep('en', problems)
    expect(problems).toEqual({})
    // Payload's own dates in the English way, ours alike: 3 Dec 2026, 08:15.
    await tab.page.goto(`${admin.baseURL}${views.find((view) => view.name === 'items-edit')!.path}`)
    const englishMoment = /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/
    await tab.page.locator('.doc-controls__value-wrap .doc-controls__value', { hasText: englishMoment }).first().waitFor({ timeout: SLOW })
    const headerDates = await tab.page.locator('.doc-controls__value-wrap .doc-controls__value').allInnerTexts()
    expect(headerDates.length).toBeGreaterThan(0)
    for (const date of headerDates) expect(date.trim()).toMatch(englishMoment)
    await tab.page.goto(`${admin.baseURL}${views.find((view) => view.name === 'items-versions')!.path}`)
    await expect(tab.page.locator('.version-history time').first().innerText()).resolves.toMatch(englishMoment)
  })
})
