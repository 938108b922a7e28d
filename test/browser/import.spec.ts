import { screenshot, SLOW } from '../helpers/browser'
import { useDemoAdmin } from '../helpers/demoAdmin'
import { REFERENCE_BULLETIN } from '../helpers/referenceBulletin'

// 期刊 → 导入 in a real browser: the reference bulletin's text in, its structure checked, the draft created and opened.
const admin = useDemoAdmin('browser-import')

describe('the import page', () => {
  it('uploads an archive file, shows the recognised structure, creates the draft and links to it', async () => {
    const { docs: series } = await admin.payload.find({ collection: 'series', depth: 0, limit: 1 })
    const { page } = await admin.signedIn('EDITOR')
    await page.goto(`${admin.baseURL}/admin/collections/issues`)
    await page.getByRole('link', { name: '导入', exact: true }).click()
    await page.waitForURL('**/admin/collections/issues/import', { timeout: SLOW })
    await page.locator('.issue-import__form').waitFor({ timeout: SLOW })

    // Nothing chosen: the server's refusal is shown on the page.
    await page.locator('input[name="year"]').fill('2019')
    await page.locator('input[name="number"]').fill('1')
    await page.getByRole('button', { name: '识别' }).click()
    // The page's own alert; Next's route announcer is an alert too.
    await expect(page.locator('.issue-import__error').innerText()).resolves.toContain('请选择要导入的期刊文件。')

    await page.locator('input[name="file"]').setInputFiles(REFERENCE_BULLETIN)
    await page.locator('select[name="series"]').selectOption(series[0].slug as string)
    await page.locator('input[name="year"]').fill('2019')
    await page.locator('input[name="number"]').fill('1')
    await page.getByRole('button', { name: '识别' }).click()
    const outline = page.locator('.issue-import__outline')
    await outline.waitFor({ timeout: SLOW })
    await expect(outline.locator('.issue-import__sections > li > strong').allInnerTexts()).resolves.toEqual(['深度分析', '国际观察', '项目资助', '研究动态', '两会专题'])
    await expect(outline.locator('.issue-import__title').allInnerTexts()).resolves.toContain('美印关键和新兴技术倡议正式启动')
    await screenshot(page, 'recognised-structure')
    expect((await admin.payload.count({ collection: 'issues', where: { year: { equals: 2019 } } })).totalDocs).toBe(0)

    await page.getByRole('button', { name: '创建' }).click()
    const open = page.locator('.issue-import__summary').getByRole('link')
    await open.waitFor({ timeout: SLOW })
    await screenshot(page, 'created')
    const { docs } = await admin.payload.find({ collection: 'issues', depth: 0, draft: true, where: { year: { equals: 2019 } } })
    expect(docs).toHaveLength(1)
    const items = await admin.payload.count({ collection: 'items', where: { issue: { equals: docs[0].id } } })
    expect(items.totalDocs).toBeGreaterThanOrEqual(10)

    await open.click()
    await page.waitForURL(`**/admin/collections/issues/${docs[0].id}`, { timeout: SLOW })
    await page.locator('.doc-tabs').waitFor({ timeout: SLOW })
    await screenshot(page, 'the-new-issue')
  })
})
