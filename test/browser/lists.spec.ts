import type { Page } from 'playwright-core'
import type { Where } from 'payload'

import { screenshot, signIn, SLOW } from '../helpers/browser'
import { demoAccount, useDemoAdmin } from '../helpers/demoAdmin'

// The items list in a real browser: its columns, the quick-filter bar above it and Payload's own
// Filters panel, on the demo content of `npm run seed`, in Chinese and in English.
const admin = useDemoAdmin('browser-lists')

/** The titles the admin should list for `where`, read from the database as the list reads them (newest drafts). */
async function expectedTitles(where: Where): Promise<string[]> {
  const { docs } = await admin.payload.find({ collection: 'items', depth: 0, draft: true, pagination: false, where })
  return docs.map((item) => item.title).sort()
}

async function idOf(collection: 'authors' | 'issues' | 'sections', field: string, value: string): Promise<number | string> {
  const { docs } = await admin.payload.find({ collection, depth: 0, limit: 1, where: { [field]: { equals: value } } })
  return docs[0].id
}

async function shownTitles(page: Page): Promise<string[]> {
  const rows = page.locator('.collection-list table tbody td.cell-title')
  return (await rows.allInnerTexts()).map((title) => title.trim()).sort()
}

/** Waits until the list shows exactly these titles: the URL changes first, the rows once the server re-rendered them. */
async function expectRows(page: Page, expected: string[]): Promise<void> {
  await page
    .waitForFunction(
      (titles) => {
        const shown = [...document.querySelectorAll<HTMLElement>('.collection-list table tbody td.cell-title')].map((cell) => cell.innerText.trim())
        return JSON.stringify(shown.sort()) === JSON.stringify(titles)
      },
      expected,
      { timeout: SLOW },
    )
    // Timing out is not the failure: the assertion below is, and shows what the list showed.
    .catch(() => undefined)
  expect(await shownTitles(page)).toEqual(expected)
}

async function chooseQuickFilter(page: Page, name: string, option: string): Promise<void> {
  await page.locator(`.item-quick-filters__filter--${name} .rs__control`).click()
  await page.locator('.rs__menu .rs__option', { hasText: option }).first().click()
}

/** Payload's list panels (columns, filters) slide open; a screenshot waits until they are fully open. */
async function panelOpened(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'), undefined, { timeout: SLOW })
}

async function openItemsList(page: Page, query = ''): Promise<void> {
  await page.goto(`${admin.baseURL}/admin/collections/items${query}`)
  await page.locator('.collection-list table thead').waitFor({ timeout: SLOW })
  await page.locator('.item-quick-filters').waitFor({ timeout: SLOW })
}

describe('the items list in Chinese', () => {
  let page: Page

  beforeAll(async () => {
    page = (await admin.signedIn('EDITOR')).page
  })

  it('shows useful columns and the quick filters', async () => {
    await openItemsList(page)
    const headers = await page.locator('.collection-list table thead').innerText()
    for (const label of ['标题', '所属期刊', '栏目', '栏目内顺序', '流程状态', '署名', '更新于']) expect(headers).toContain(label)
    const bar = await page.locator('.item-quick-filters').innerText()
    for (const label of ['状态', '期刊', '栏目', '署名人']) expect(bar).toContain(label)
    await screenshot(page, 'items-list-zh')

    // Every column on offer is named in Chinese; the workflow panel is no column at all.
    await page.locator('.list-controls__toggle-columns').click()
    const pills = page.locator('.list-controls__columns .pill-selector')
    await pills.getByText('英文标题').waitFor()
    const choices = await pills.innerText()
    for (const label of ['署名', '英文标题', '关键词', '创建人']) expect(choices).toContain(label)
    expect(choices).not.toMatch(/Workflow|Panel/)
    await panelOpened(page)
    await screenshot(page, 'column-choices-zh')
    await page.locator('.list-controls__toggle-columns').click()
  })

  it('filters by credited contributor, then by state as well', async () => {
    const xuNing = await idOf('authors', 'displayName', '许 宁')
    await chooseQuickFilter(page, 'contributor', '许 宁')
    await expectRows(page, await expectedTitles({ 'credits.contributor': { equals: xuNing } }))
    expect((await shownTitles(page)).length).toBeGreaterThan(1)
    // The 署名 column names the credited people in printed order, not a count of rows.
    const row = page.locator('.collection-list table tbody tr', { hasText: '人工智能驱动材料研发范式转变的进展与启示' })
    await expect(row.locator('td.cell-credits').innerText()).resolves.toBe('许 宁、陈思远')
    await screenshot(page, 'filter-contributor')

    await chooseQuickFilter(page, 'state', '草稿')
    await expectRows(page, await expectedTitles({ and: [{ 'credits.contributor': { equals: xuNing } }, { workflowState: { equals: 'draft' } }] }))
    await expect(shownTitles(page)).resolves.toEqual(['锂金属负极界面调控研究获新进展'])
    expect(new URL(page.url()).search).toContain('credits.contributor')
    await screenshot(page, 'filter-contributor-and-state')

    // The quick filters are conditions of Payload's own Filters panel, shown and editable there.
    await page.locator('.list-controls__toggle-where').click()
    const panel = page.locator('.where-builder')
    await panel.getByText('署名 > 署名人').first().waitFor()
    await panel.getByText('流程状态').first().waitFor()
    await panelOpened(page)
    await screenshot(page, 'filters-panel-shows-quick-filters')
  })

  it('clears the quick filters', async () => {
    await page.locator('.item-quick-filters__clear').click()
    await page.waitForURL((url) => !url.search.includes('where'), { timeout: SLOW })
    // The first page of all 14 demo items.
    await page.waitForFunction(() => document.querySelectorAll('.collection-list table tbody tr').length === 10, undefined, { timeout: SLOW })
    await expect(page.locator('.item-quick-filters').innerText()).resolves.not.toContain('许 宁')
  })

  it('filters by issue, then by section within it', async () => {
    const issue = await idOf('issues', 'label', '2026【02】')
    const research = await idOf('sections', 'name', '研究动态')
    await chooseQuickFilter(page, 'issue', '2026【02】')
    const inIssue = await expectedTitles({ issue: { equals: issue } })
    await expectRows(page, inIssue)
    expect(inIssue.length).toBeGreaterThan(2)
    await screenshot(page, 'filter-issue')

    await chooseQuickFilter(page, 'section', '研究动态')
    const inSection = await expectedTitles({ and: [{ issue: { equals: issue } }, { section: { equals: research } }] })
    await expectRows(page, inSection)
    expect(inSection.length).toBeLessThan(inIssue.length)
    await screenshot(page, 'filter-issue-and-section')
  })

  it('filters by state alone', async () => {
    await page.locator('.item-quick-filters__clear').click()
    await page.waitForURL((url) => !url.search.includes('where'), { timeout: SLOW })
    await chooseQuickFilter(page, 'state', '审核中')
    const inReview = await expectedTitles({ workflowState: { equals: 'in_review' } })
    expect(inReview.length).toBeGreaterThan(0)
    await expectRows(page, inReview)
    await screenshot(page, 'filter-state')
  })

  it('takes a filter from the address, as a link or bookmark gives it', async () => {
    const fangHe = await idOf('authors', 'displayName', '方 禾')
    await openItemsList(page, `?where[credits.contributor][equals]=${fangHe}`)
    await expectRows(page, await expectedTitles({ 'credits.contributor': { equals: fangHe } }))
    await expect(page.locator('.item-quick-filters__filter--contributor').innerText()).resolves.toContain('方 禾')
    await screenshot(page, 'filter-from-url')
  })
})

describe('the other lists', () => {
  it.each([
    ['authors', ['署名', '类型', '拼音或英文名', '单位', '更新于'], '许 宁'],
    // Citation dates as days, not as a time at midnight.
    ['references', ['题名', '类型', '来源机构', '发布日期', '网址'], /^\d{4}-\d{2}-\d{2}$/],
    ['media', ['文件名', '替代文本', '图表编号', '中文图题', '已公开', '更新于'], '图 1'],
  ])('shows the %s with useful columns', async (collection, labels, sample) => {
    const tab = await admin.signedIn('EDITOR')
    await tab.page.goto(`${admin.baseURL}/admin/collections/${collection}`)
    const table = tab.page.locator('.collection-list table')
    await table.locator('thead').waitFor({ timeout: SLOW })
    const headers = await table.locator('thead').innerText()
    for (const label of labels) expect(headers).toContain(label)
    await table.locator('tbody').getByText(sample).first().waitFor()
    await screenshot(tab.page, `${collection}-list`)
    await tab.context.close()
  })
})

describe('the items list in English', () => {
  it('labels the columns, the quick filters and their options in English', async () => {
    const tab = await admin.open()
    const { page } = tab
    // What the account page's language switch stores.
    await tab.context.addCookies([{ name: 'payload-lng', url: admin.baseURL, value: 'en' }])
    const { email, password } = demoAccount('EDITOR')
    await signIn(page, admin.baseURL, email, password)
    await openItemsList(page)
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    const headers = await page.locator('.collection-list table thead').innerText()
    for (const label of ['Title (Chinese)', 'Issue', 'Section', 'Position in section', 'Workflow state', 'Credits', 'Updated At']) {
      expect(headers).toContain(label)
    }
    expect(headers).not.toMatch(/[\u4e00-\u9fff]/)
    const bar = await page.locator('.item-quick-filters').innerText()
    for (const label of ['State', 'Issue', 'Section', 'Contributor']) expect(bar).toContain(label)
    expect(bar).not.toMatch(/[\u4e00-\u9fff]/)

    await chooseQuickFilter(page, 'state', 'Changes requested')
    await expectRows(page, await expectedTitles({ workflowState: { equals: 'changes_requested' } }))
    await expect(page.locator('.collection-list table tbody td.cell-workflowState').first().innerText()).resolves.toBe('Changes requested')
    await screenshot(page, 'items-list-en')
  })
})
