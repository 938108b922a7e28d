import type { Item } from '../../src/payload-types'
import { screenshot, SLOW, type Tab } from '../helpers/browser'
import { useDemoAdmin } from '../helpers/demoAdmin'

// The admin in a real browser against the production server, on the demo content of `npm run seed`.
const admin = useDemoAdmin('browser-admin')
let item: Item

async function openItem({ page }: Tab) {
  await page.goto(`${admin.baseURL}/admin/collections/items/${item.id}`)
  await page.locator('.workflow-panel').waitFor({ timeout: SLOW })
}

function workflowState({ page }: Tab) {
  return page.locator('.workflow-panel__state strong')
}

beforeAll(async () => {
  const { docs } = await admin.payload.find({
    collection: 'items',
    depth: 0,
    draft: true,
    limit: 1,
    where: { title: { equals: '锂金属负极界面调控研究获新进展' } },
  })
  item = docs[0]
})

describe('the admin in a browser', () => {
  let editor: Tab
  let reviewer: Tab

  it('shows the login page in Chinese even to an English browser', async () => {
    expect(item).toMatchObject({ workflowState: 'draft' })
    const { page } = await admin.open({ locale: 'en-US' })
    await page.goto(`${admin.baseURL}/admin/login`)
    await page.locator('input[name="email"]').waitFor({ timeout: SLOW })
    expect(await page.locator('html').getAttribute('lang')).toBe('zh')
    await expect(page.locator('label[for="field-email"]').innerText()).resolves.toContain('电子邮件')
    await expect(page.locator('label[for="field-password"]').innerText()).resolves.toContain('密码')
    await expect(page.locator('form button[type="submit"]').innerText()).resolves.toContain('登录')
    // The product's own name and mark, not Payload's logo.
    await expect(page.locator('.brand-logo').innerText()).resolves.toBe('简报编辑系统\nBulletin CMS')
    expect(await page.title()).toContain('简报编辑系统')
    await screenshot(page, 'login-zh')
  })

  it('lets an editor sign in, find the item and submit it for review', async () => {
    editor = await admin.signedIn('EDITOR')
    const { page } = editor
    const dashboard = page.locator('.dashboard')
    for (const label of ['稿件', '期刊', '栏目', '作者', '刊物系列']) {
      await expect(dashboard.getByText(label, { exact: true }).first().isVisible()).resolves.toBe(true)
    }
    await screenshot(page, 'editor-dashboard')

    await page.goto(`${admin.baseURL}/admin/collections/items`)
    const headers = page.locator('.collection-list table thead')
    await headers.waitFor({ timeout: SLOW })
    const headerText = await headers.innerText()
    for (const label of ['标题', '期刊', '栏目']) expect(headerText).toContain(label)
    expect(headerText).not.toMatch(/\bTitle\b/)
    await page.locator('.collection-list table tbody').getByText(item.title).first().waitFor()
    await screenshot(page, 'editor-items-list')

    await page.locator('.collection-list table tbody').getByRole('link', { name: item.title }).first().click()
    await page.waitForURL(`**/admin/collections/items/${item.id}`, { timeout: SLOW })
    await page.locator('.workflow-panel').waitFor({ timeout: SLOW })
    await expect(workflowState(editor).innerText()).resolves.toBe('草稿')
    await screenshot(page, 'editor-item-draft')

    // With live preview open the review panel stays in reach: above the fields, not a screen below them.
    await page.locator('.live-preview-toggler').click()
    await page.locator('.document-fields--force-sidebar-wrap').waitFor()
    const panelTop = await page.locator('.workflow-panel').evaluate((panel) => panel.getBoundingClientRect().top)
    const titleTop = await page.locator('#field-title').evaluate((field) => field.getBoundingClientRect().top)
    expect(panelTop).toBeLessThan(titleTop)
    expect(panelTop).toBeLessThan(await page.evaluate(() => window.innerHeight))
    // The preview's sizes in Chinese, Payload's own (自适应) included.
    const breakpoint = page.locator('.live-preview-toolbar-controls__breakpoint')
    await expect(breakpoint.locator('button').first().innerText()).resolves.toBe('自适应')
    await breakpoint.locator('button').first().click()
    await expect(page.locator('.popup__content button').allInnerTexts()).resolves.toEqual(['手机', '桌面', '自适应'])
    await page.keyboard.press('Escape')
    await screenshot(page, 'editor-item-live-preview')
    await page.locator('.live-preview-toggler').click()
    await page.locator('.document-fields--force-sidebar-wrap').waitFor({ state: 'detached' })

    await page.locator('.workflow-panel button', { hasText: '提交审核' }).click()
    await workflowState(editor).filter({ hasText: '审核中' }).waitFor()
    await screenshot(page, 'editor-item-submitted')
    const stored = await admin.payload.findByID({ collection: 'items', depth: 0, draft: true, id: item.id })
    expect(stored.workflowState).toBe('in_review')
  })

  it('lets a reviewer request changes with a comment, the editor resubmit and the reviewer approve', async () => {
    reviewer = await admin.signedIn('REVIEWER')
    await openItem(reviewer)
    await expect(workflowState(reviewer).innerText()).resolves.toBe('审核中')
    await reviewer.page.locator('.workflow-panel__field textarea').fill('请补充对照实验的数据来源。')
    await screenshot(reviewer.page, 'reviewer-comment')
    await reviewer.page.locator('.workflow-panel button', { hasText: '退回修改' }).click()
    await workflowState(reviewer).filter({ hasText: '退回修改' }).waitFor()
    await screenshot(reviewer.page, 'reviewer-changes-requested')
    const comments = await admin.payload.find({ collection: 'review-comments', depth: 0, where: { text: { contains: '对照实验' } } })
    expect(comments.totalDocs).toBe(1)

    await editor.page.reload()
    await editor.page.locator('.workflow-panel').waitFor({ timeout: SLOW })
    await workflowState(editor).filter({ hasText: '退回修改' }).waitFor()
    await editor.page.locator('.workflow-panel button', { hasText: '提交审核' }).click()
    await workflowState(editor).filter({ hasText: '审核中' }).waitFor()
    await screenshot(editor.page, 'editor-resubmitted')

    await reviewer.page.reload()
    await reviewer.page.locator('.workflow-panel').waitFor({ timeout: SLOW })
    await workflowState(reviewer).filter({ hasText: '审核中' }).waitFor()
    await reviewer.page.locator('.workflow-panel button', { hasText: '审核通过' }).click()
    await workflowState(reviewer).filter({ hasText: '已通过' }).waitFor()
    await screenshot(reviewer.page, 'reviewer-approved')
    const stored = await admin.payload.findByID({ collection: 'items', depth: 0, draft: true, id: item.id })
    expect(stored.workflowState).toBe('approved')
  })

  it('lets the admin switch the account language to English', async () => {
    const { page } = await admin.signedIn('ADMIN')
    await page.goto(`${admin.baseURL}/admin/account`)
    const select = page.locator('.payload-settings__language')
    await select.waitFor({ timeout: SLOW })
    await screenshot(page, 'admin-account-zh')
    await select.locator('.rs__control').click()
    await page.locator('.rs__option', { hasText: 'English' }).click()
    await page.locator('html[lang="en"]').waitFor({ timeout: SLOW })
    await screenshot(page, 'admin-account-en')

    await page.goto(`${admin.baseURL}/admin`)
    const dashboard = page.locator('.dashboard')
    await dashboard.waitFor({ timeout: SLOW })
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    for (const label of ['Items', 'Issues', 'Sections', 'Contributors']) {
      await expect(dashboard.getByText(label, { exact: true }).first().isVisible()).resolves.toBe(true)
    }
    await expect(dashboard.getByText('稿件', { exact: true }).count()).resolves.toBe(0)
    await screenshot(page, 'admin-dashboard-en')
  })
})
