import type { Locator } from 'playwright-core'

import type { Issue } from '../../src/payload-types'
import { dragOnto, screenshot, SLOW, type Tab } from '../helpers/browser'
import { useDemoAdmin } from '../helpers/demoAdmin'

// The issue builder in a real browser, on the demo issue that is still being planned.
const admin = useDemoAdmin('browser-issue-builder')
let issue: Issue
let editor: Tab

async function openBuilder({ page }: Tab) {
  await page.goto(`${admin.baseURL}/admin/collections/issues/${issue.id}`)
  await page.locator('.doc-tabs').getByText('编排', { exact: true }).click()
  await page.waitForURL(`**/admin/collections/issues/${issue.id}/builder`, { timeout: SLOW })
  await page.locator('.issue-builder__sections').waitFor({ timeout: SLOW })
}

async function drag(page: Tab['page'], row: Locator, onto: Locator) {
  await dragOnto(page, row.locator('> .issue-builder__handle'), onto)
}

const sectionNames = (page: Tab['page']) => page.locator('.issue-builder__section h3').allInnerTexts()
const itemTitles = (section: Locator) => section.locator('.issue-builder__item a').allInnerTexts()

async function storedOrder() {
  const stored = await admin.payload.findByID({ collection: 'issues', depth: 1, draft: true, id: issue.id })
  const { docs } = await admin.payload.find({ collection: 'items', depth: 0, draft: true, pagination: false, sort: 'position', where: { issue: { equals: issue.id } } })
  return (stored.sections ?? []).map((row) => {
    const section = row.section as { id: number; name: string }
    return { name: section.name, titles: docs.filter((item) => item.section === section.id).map((item) => item.title) }
  })
}

beforeAll(async () => {
  const { docs } = await admin.payload.find({ collection: 'issues', depth: 0, draft: true, limit: 1, where: { workflowState: { equals: 'planning' } } })
  issue = docs[0]
})

describe('the issue builder', () => {
  it('shows the sections and items in printed order and lists what is missing', async () => {
    editor = await admin.signedIn('EDITOR')
    await openBuilder(editor)
    const { page } = editor
    const before = await storedOrder()
    expect(await sectionNames(page)).toEqual(before.map((section) => section.name))
    const sections = page.locator('.issue-builder__section')
    for (const [index, section] of before.entries()) {
      expect(await itemTitles(sections.nth(index))).toEqual(section.titles)
    }
    const notApproved = page.locator('[data-missing="itemsNotApproved"]')
    await expect(notApproved.locator('h4').innerText()).resolves.toContain('尚未通过审核的稿件')
    const { docs } = await admin.payload.find({
      collection: 'items',
      depth: 0,
      draft: true,
      pagination: false,
      where: { and: [{ issue: { equals: issue.id } }, { workflowState: { not_in: ['approved', 'published'] } }] },
    })
    expect(docs.length).toBeGreaterThan(0)
    expect((await notApproved.locator('li a').allInnerTexts()).sort()).toEqual(docs.map((item) => item.title).sort())
    await screenshot(page, 'builder-editor')
  })

  it('lets an editor drag an item and a section into place and save the order', async () => {
    const { page } = editor
    const before = await storedOrder()
    const withTwoItems = before.findIndex((section) => section.titles.length >= 2)
    expect(withTwoItems).toBeGreaterThanOrEqual(0)
    const sections = page.locator('.issue-builder__sections > .issue-builder__section')
    const items = sections.nth(withTwoItems).locator('.issue-builder__item')
    await drag(page, items.nth(1), items.nth(0))
    const [first, second, ...rest] = before[withTwoItems].titles
    await expect(itemTitles(sections.nth(withTwoItems))).resolves.toEqual([second, first, ...rest])

    const last = before.length - 1
    await drag(page, sections.nth(last), sections.nth(0))
    const expectedSections = [before[last].name, ...before.slice(0, last).map((section) => section.name)]
    await expect(sectionNames(page)).resolves.toEqual(expectedSections)
    await screenshot(page, 'builder-rearranged')

    await page.getByRole('button', { name: '保存顺序' }).click()
    await page.getByText('新的顺序已保存。').waitFor()
    await screenshot(page, 'builder-saved')
    const after = await storedOrder()
    expect(after.map((section) => section.name)).toEqual(expectedSections)
    expect(after.find((section) => section.name === before[withTwoItems].name)?.titles).toEqual([second, first, ...rest])

    await page.reload()
    await page.locator('.issue-builder__sections').waitFor({ timeout: SLOW })
    await expect(sectionNames(page)).resolves.toEqual(expectedSections)
  })

  it('lets an editor move an item with the keyboard, and undo the change before saving', async () => {
    const { page } = editor
    const saved = await storedOrder()
    const index = (await sectionNames(page)).findIndex((name) => (saved.find((section) => section.name === name)?.titles.length ?? 0) >= 2)
    const section = page.locator('.issue-builder__sections > .issue-builder__section').nth(index)
    const [first, second, ...rest] = await itemTitles(section)
    // dnd-kit tells screen readers where the lifted row is, in Chinese with the titles; the test follows the same announcements.
    const announced = (text: string) =>
      page
        .waitForFunction((wanted) => [...document.querySelectorAll('[id^="DndLiveRegion"]')].some((region) => region.textContent?.includes(wanted)), text, { timeout: 2_000 })
        .then(() => true, () => false)
    await section.locator('.issue-builder__item').first().locator('> .issue-builder__handle').focus()
    await page.keyboard.press('Space')
    await section.locator('.issue-builder__item--dragging').waitFor()
    expect(await announced(`已拿起“${first}”。`)).toBe(true)
    // dnd-kit listens for the arrow keys only from the next tick after the lift; a key pressed before
    // that is lost (never applied late), so pressing again until the row is over the next one cannot move it twice.
    for (let attempt = 1; !(await announced(`“${first}”移到“${second}”的位置。`)); attempt++) {
      if (attempt > 5) throw new Error('The lifted row did not move with ArrowDown')
      await page.keyboard.press('ArrowDown')
    }
    await page.keyboard.press('Space')
    await section.locator('.issue-builder__item a').first().getByText(second, { exact: true }).waitFor()
    await expect(itemTitles(section)).resolves.toEqual([second, first, ...rest])
    await screenshot(page, 'builder-keyboard-move')
    await page.getByRole('button', { name: '撤销更改' }).click()
    await section.locator('.issue-builder__item a').first().getByText(first, { exact: true }).waitFor()
    await expect(itemTitles(section)).resolves.toEqual([first, second, ...rest])
    expect(await storedOrder()).toEqual(saved)
  })

  it('shows a reviewer the order without letting them change it', async () => {
    const reviewer = await admin.signedIn('REVIEWER')
    await openBuilder(reviewer)
    const { page } = reviewer
    await page.getByText('只有编辑和管理员可以调整顺序。').waitFor()
    await expect(page.locator('.issue-builder__handle').count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: '保存顺序' }).count()).resolves.toBe(0)
    await screenshot(page, 'builder-reviewer')
  })

  it('speaks English to an English-speaking editor', async () => {
    const { page } = editor
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: admin.baseURL }])
    await page.goto(`${admin.baseURL}/admin/collections/issues/${issue.id}/builder`)
    await page.locator('.issue-builder__sections').waitFor({ timeout: SLOW })
    await expect(page.locator('.doc-tabs').getByText('Builder', { exact: true }).isVisible()).resolves.toBe(true)
    await expect(page.locator('.issue-builder__header h2').innerText()).resolves.toContain('Issue builder')
    await expect(page.locator('.issue-builder__missing h3').innerText()).resolves.toBe('Missing pieces')
    await expect(page.getByRole('button', { name: 'Save order' }).isVisible()).resolves.toBe(true)
    await screenshot(page, 'builder-en')
  })
})
