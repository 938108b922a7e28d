import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Author, Issue, Item, Reference, User } from '../../src/payload-types'
import { creditStats, parseStatsQuery, type StatsRow } from '../../src/credits/creditStats'
import { dragOnto, screenshot, SLOW, type Tab } from '../helpers/browser'
import { demoAccount, useDemoAdmin } from '../helpers/demoAdmin'
import { footnote, paragraph, richText, text } from '../helpers/fixtures'
import { chartPNG } from '../helpers/images'
import { actAs } from '../helpers/workflow'

/*
 * The office's main journey, in the real admin in Chromium, step by step: an editor writes an item
 * with a table, a figure and two footnotes and credits two contributors; review goes back and forth;
 * the editor arranges the issue and publishes it; the delivery API and the credits view show the result.
 */
const PASSAGE_COMMENT = '这一句的数据口径需要说明。'
const PASSAGE_REPLY = '已在图注中说明口径，@方 禾'
const TITLE = '新型固态电解质添加剂显著延长电池循环寿命'
const REVISED_SUMMARY = '研究团队开发的电解质添加剂使电池循环寿命提高约四成（已按审核意见补充数据来源）。'
const REVIEW_COMMENT = '请在摘要中注明循环寿命数据的来源。'

const admin = useDemoAdmin('browser-journey')
let issue: Issue
let earlierItem: Item
let footnoted: { first: Reference; second: Reference; earlier: Reference }
let contributors: { compiler: Author; translator: Author }
let creditsBefore: Map<string, StatsRow | undefined>
let figureFile: string
let itemID: number
let editor: Tab
let reviewer: Tab

async function one<T>(collection: 'authors' | 'references' | 'sections' | 'series' | 'users', where: object): Promise<T> {
  const { docs } = await admin.payload.find({ collection, depth: 0, limit: 1, where: where as never })
  if (!docs[0]) throw new Error(`The demo content has no ${collection} matching ${JSON.stringify(where)}`)
  return docs[0] as T
}

const workflowState = ({ page }: Tab) => page.locator('.workflow-panel__state strong')

async function takeAction(tab: Tab, action: string, expected: string) {
  await tab.page.locator('.workflow-panel').getByRole('button', { exact: true, name: action }).click()
  await workflowState(tab).filter({ hasText: expected }).waitFor()
}

/** The status in the document's header, which shows the workflow state instead of Payload's draft/published pill. */
function headerStatus(tab: Tab) {
  return tab.page.locator('.doc-controls .workflow-status .status__value')
}

async function openDocument(tab: Tab, collection: 'issues' | 'items', id: number) {
  await tab.page.goto(`${admin.baseURL}/admin/collections/${collection}/${id}`)
  await tab.page.locator('.workflow-panel__state').waitFor({ timeout: SLOW })
}

/** Picks `option` in a Payload select or relationship field (react-select). */
async function choose(tab: Tab, field: string, option: string) {
  await tab.page.locator(`${field} .rs__control`).click()
  await tab.page.locator('.rs__option').getByText(option, { exact: true }).click()
  await expect(tab.page.locator(`${field} .rs__single-value`).innerText()).resolves.toContain(option)
}

async function storedItem(): Promise<Item> {
  return admin.payload.findByID({ collection: 'items', depth: 0, draft: true, id: itemID })
}

async function creditRows(): Promise<Map<string, StatsRow | undefined>> {
  const stats = await creditStats(admin.payload, parseStatsQuery({ period: 'year' }))
  return new Map(Object.values(contributors).map((author) => [author.displayName, stats.rows.find((row) => row.contributor.id === author.id)]))
}

beforeAll(async () => {
  const series = await one<{ id: number }>('series', {})
  const research = await one<{ id: number }>('sections', { name: { equals: '研究动态' } })
  const world = await one<{ id: number }>('sections', { name: { equals: '国际观察' } })
  issue = await admin.payload.create({
    collection: 'issues',
    data: { number: 3, sections: [{ section: research.id }, { section: world.id }], series: series.id, year: 2026 },
    draft: true,
  })
  const { docs: webReferences } = await admin.payload.find({ collection: 'references', depth: 0, limit: 3, sort: 'title', where: { url: { exists: true } } })
  footnoted = { first: webReferences[0], second: webReferences[1], earlier: webReferences[2] }
  contributors = {
    compiler: await one<Author>('authors', { displayName: { equals: '唐 悦' } }),
    translator: await one<Author>('authors', { displayName: { equals: '陈思远' } }),
  }

  // The issue already holds one approved item, so arranging it means something.
  const staff = {
    editor: await one<User>('users', { email: { equals: demoAccount('EDITOR').email } }),
    reviewer: await one<User>('users', { email: { equals: demoAccount('REVIEWER').email } }),
  }
  earlierItem = await admin.payload.create({
    collection: 'items',
    data: {
      body: richText(paragraph(text('钠离子电池在零下二十摄氏度仍保持八成容量'), footnote(footnoted.earlier.id))),
      issue: issue.id,
      section: research.id,
      title: '钠离子电池低温性能研究取得突破',
    },
    draft: true,
  })
  await actAs(admin.payload, staff.editor, { action: 'submit', collection: 'items', id: earlierItem.id })
  await actAs(admin.payload, staff.reviewer, { action: 'approve', collection: 'items', id: earlierItem.id })

  creditsBefore = await creditRows()
  figureFile = path.join(tmpdir(), `cycle-life-chart-${process.pid}.png`)
  writeFileSync(figureFile, await chartPNG(1200, 750))
})

describe('from a new item to the published issue and the credits report', () => {
  it('lets an editor write an item with a table, a figure and two footnotes, credit two contributors and save it', async () => {
    editor = await admin.signedIn('EDITOR')
    const { page } = editor
    await page.goto(`${admin.baseURL}/admin/collections/items/create`)
    await page.locator('#field-issue:not(.relationship--read-only)').waitFor({ timeout: SLOW })
    expect(await page.locator('html').getAttribute('lang')).toBe('zh')

    await page.locator('#field-title').fill(TITLE)
    await page.locator('#field-titleEn').fill('Electrolyte additive extends battery cycle life')
    await choose(editor, '#field-issue', `能源材料动态 ${issue.label}`)
    await choose(editor, '#field-section', '研究动态')
    await page.locator('#field-summary').fill('研究团队开发的电解质添加剂使电池循环寿命提高约四成。')

    const body = page.locator('[data-field-path="body"]')
    const editable = body.locator('[contenteditable="true"]').first()
    const insertFootnote = async (reference: Reference, step: string) => {
      await body.locator('.toolbar-popup__dropdown-inlineBlocks').click()
      await page.locator('.toolbar-popup__dropdown-items button', { hasText: '脚注' }).click()
      const drawer = page.locator('dialog.drawer--is-open')
      await drawer.locator('.rs__control').click()
      await page.keyboard.type(reference.title.slice(0, 12))
      await page.locator('.rs__option').getByText(reference.title, { exact: true }).click()
      await drawer.locator('.rs__single-value').getByText(reference.title).waitFor()
      await screenshot(page, step)
      await drawer.getByRole('button', { name: '保存更改' }).click()
      await drawer.waitFor({ state: 'detached' })
    }
    // The text wraps, so End would only reach the end of a visual line; we always write at the end.
    const endOfText = async () => {
      await editable.focus()
      await page.keyboard.press('Control+End')
    }

    await editable.click()
    await page.keyboard.type('研究团队开发出一种含氟电解质添加剂，可在负极表面形成稳定界面层')
    await insertFootnote(footnoted.first, 'editor-cites-first-source')
    await endOfText()
    await page.keyboard.press('Enter')
    await page.keyboard.type('在高倍率充放电条件下，电池的循环寿命提高约百分之四十')
    await insertFootnote(footnoted.second, 'editor-cites-second-source')
    await endOfText()
    await page.keyboard.press('Enter')

    await body.locator('.toolbar-popup__dropdown-add').click()
    await page.locator('.toolbar-popup__dropdown-items button', { hasText: '上传' }).click()
    await page.locator('dialog.drawer--is-open .list-header__create-new-button').click()
    const mediaDrawer = page.locator('dialog.drawer--is-open').last()
    await mediaDrawer.locator('input[type="file"]').setInputFiles(figureFile)
    await mediaDrawer.locator('#field-alt').fill('添加剂组与对照组循环寿命对比柱状图')
    await mediaDrawer.locator('#field-figureNumber').fill('图 1')
    await mediaDrawer.locator('#field-captionZh').fill('添加剂对电池循环寿命的影响')
    await mediaDrawer.getByRole('button', { name: '保存', exact: true }).click()
    await page.locator('dialog.drawer--is-open').first().waitFor({ state: 'detached', timeout: SLOW })
    await body.locator('[data-filename]').waitFor()

    await body.locator('.toolbar-popup__dropdown-add').click()
    await page.locator('.toolbar-popup__dropdown-items button', { hasText: '表格' }).click()
    const tableDrawer = page.locator('dialog.drawer--is-open')
    // Payload's table tools speak Chinese too (scripts/payload-strings.mjs).
    await tableDrawer.getByRole('heading', { name: '插入表格' }).waitFor()
    await tableDrawer.locator('.field-label').nth(1).waitFor()
    await expect(tableDrawer.locator('.field-label').allInnerTexts()).resolves.toEqual([expect.stringContaining('行数'), expect.stringContaining('列数')])
    await tableDrawer.locator('#field-rows').fill('3')
    await tableDrawer.locator('#field-columns').fill('2')
    await tableDrawer.locator('button[type="submit"]').click()
    await tableDrawer.waitFor({ state: 'detached' })
    await editable.locator('table th, table td').first().click()
    for (const [index, cell] of ['样品', '循环寿命（次）', '对照组', '1200', '添加剂组', '1680'].entries()) {
      if (index > 0) await page.keyboard.press('Tab')
      await page.keyboard.type(cell)
    }
    await expect(editable.locator('table').innerText()).resolves.toMatch(/样品[\s\S]*1680/)
    await page.locator('.table-cell-action-button').click()
    const tableMenu = page.locator('.table-action-menu-dropdown')
    await expect(tableMenu.locator('button').allInnerTexts()).resolves.toEqual([
      '切换隔行底色',
      '切换冻结首列',
      '在上方插入一行',
      '在下方插入一行',
      '在左侧插入一列',
      '在右侧插入一列',
      '删除列',
      '删除行',
      '删除表格',
      '设为标题行',
      '设为标题列',
    ])
    await screenshot(page, 'editor-table-menu')
    await page.locator('.table-cell-action-button').click()
    await tableMenu.waitFor({ state: 'detached' })
    await expect(editable.locator('.LexicalEditorTheme__inlineBlock-footnote').count()).resolves.toBe(2)
    // Each footnote chip shows its number in the item and the title of its source.
    await expect(editable.locator('.footnote-chip__number').allInnerTexts()).resolves.toEqual(['注 1', '注 2'])
    await expect(editable.locator('.footnote-chip__title').allInnerTexts()).resolves.toEqual([footnoted.first.title, footnoted.second.title])

    const credits = page.locator('#field-credits')
    for (const [index, [author, role]] of ([[contributors.compiler, '编译'], [contributors.translator, '翻译']] as const).entries()) {
      await credits.getByRole('button', { name: '添加 署名' }).click()
      await choose(editor, `#field-credits__${index}__contributor`, author.displayName)
      await choose(editor, `#field-credits__${index}__role`, role)
    }
    await screenshot(page, 'editor-writes-item')

    await page.locator('#action-save-draft').click()
    await page.waitForURL(/\/admin\/collections\/items\/\d+$/, { timeout: SLOW })
    itemID = Number(page.url().split('/').pop())
    await page.locator('.workflow-panel__state').waitFor({ timeout: SLOW })
    await screenshot(page, 'editor-item-saved')

    const item = await storedItem()
    const json = JSON.stringify(item.body)
    expect(item).toMatchObject({ title: TITLE, workflowState: 'draft', issue: issue.id })
    expect(json).toContain('"type":"table"')
    expect(json).toContain('1680')
    expect(item.references).toEqual([footnoted.first.id, footnoted.second.id])
    expect(item.figures).toHaveLength(1)
    expect(item.credits?.map((credit) => [credit.contributor, credit.role])).toEqual([
      [contributors.compiler.id, 'compiled'],
      [contributors.translator.id, 'translated'],
    ])
    const figure = await admin.payload.findByID({ collection: 'media', depth: 0, id: item.figures?.[0] as number })
    expect(figure).toMatchObject({ alt: '添加剂组与对照组循环寿命对比柱状图', captionZh: '添加剂对电池循环寿命的影响' })
  })

  it('lets the editor submit the item for review', async () => {
    await expect(headerStatus(editor).innerText()).resolves.toBe('草稿')
    await takeAction(editor, '提交审核', '审核中')
    // One status: the header follows the workflow at once, and the toast says what happened.
    await headerStatus(editor).filter({ hasText: '审核中' }).waitFor()
    await editor.page.locator('.payload-toast-container').getByText('已提交审核，等待审核人。').waitFor()
    await screenshot(editor.page, 'editor-submits')
    expect((await storedItem()).workflowState).toBe('in_review')
  })

  it('lets a reviewer request changes with a comment', async () => {
    reviewer = await admin.signedIn('REVIEWER')
    // With the issue's review deadline passed, the item waits under 待我审核 in red.
    await admin.payload.update({ collection: 'issues', data: { reviewDeadline: new Date(Date.now() - 2 * 86_400_000).toISOString() }, draft: true, id: issue.id })
    await reviewer.page.goto(`${admin.baseURL}/admin`)
    const waiting = reviewer.page.locator('.editorial-dashboard__panel li').filter({ hasText: TITLE })
    await expect(waiting.locator('.editorial-dashboard__due--overdue').innerText()).resolves.toMatch(/^已逾期（\d{4}-\d{2}-\d{2} 截止）$/)
    expect(await waiting.locator('.editorial-dashboard__due--overdue').evaluate((due) => getComputedStyle(due).color)).not.toBe(
      await reviewer.page.locator('.editorial-dashboard__panel li a').first().evaluate((link) => getComputedStyle(link).color),
    )
    // The bell says what the mail said: the item awaits review; the notice opens it.
    const bell = reviewer.page.locator('.notification-bell')
    await bell.locator('.notification-bell__count').waitFor({ timeout: SLOW })
    await bell.locator('.notification-bell__button').click()
    const notice = bell.locator('li').filter({ hasText: TITLE })
    await expect(notice.locator('a').innerText()).resolves.toContain(`待审核：稿件《${TITLE}》`)
    await screenshot(reviewer.page, 'reviewer-bell')
    await notice.locator('a').click()
    await reviewer.page.waitForURL(`**/admin/collections/items/${itemID}`, { timeout: SLOW })
    await openDocument(reviewer, 'items', itemID)
    await reviewer.page.locator('[data-lexical-editor="true"]').first().waitFor({ timeout: SLOW })
    // The reviewer opens a footnote in the read-only body: its source, and a link to the reference.
    const chip = reviewer.page.locator('.footnote-chip').filter({ hasText: '注 2' })
    await chip.getByRole('button').click()
    const details = chip.getByRole('dialog', { name: '参考来源' })
    await details.locator('strong').filter({ hasText: footnoted.second.title }).waitFor()
    await expect(details.getByRole('link', { name: '打开参考来源' }).getAttribute('href')).resolves.toBe(`/admin/collections/references/${footnoted.second.id}`)
    await screenshot(reviewer.page, 'reviewer-opens-footnote')
    await chip.getByRole('button').click()
    // A passage selected in the (read-only) body is quoted by a comment, and stays marked in the text.
    const passage = await reviewer.page.evaluate(() => {
      const editor = document.querySelector('[data-lexical-editor="true"]') as Element
      const text = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT).nextNode() as Text
      const range = document.createRange()
      range.setStart(text, 0)
      range.setEnd(text, Math.min(8, text.length))
      window.getSelection()?.removeAllRanges()
      window.getSelection()?.addRange(range)
      return range.toString()
    })
    await reviewer.page.locator('.review-thread__on-passage').click()
    await reviewer.page.locator('.review-thread__quote blockquote').filter({ hasText: passage }).waitFor()
    await reviewer.page.locator('.review-thread textarea').fill(PASSAGE_COMMENT)
    await reviewer.page.locator('.review-thread').getByRole('button', { name: '发表意见' }).click()
    await reviewer.page.locator('.review-thread__comment').filter({ hasText: PASSAGE_COMMENT }).locator('blockquote').filter({ hasText: passage }).waitFor()
    await expect(reviewer.page.evaluate(() => CSS.highlights.get('review-passage')?.size)).resolves.toBe(1)
    const [quoted] = (await admin.payload.find({ collection: 'review-comments', depth: 0, where: { text: { equals: PASSAGE_COMMENT } } })).docs
    expect(quoted.quote).toBe(passage)
    await screenshot(reviewer.page, 'reviewer-comments-on-passage')

    await reviewer.page.locator('.workflow-panel__field textarea').fill(REVIEW_COMMENT)
    await takeAction(reviewer, '退回修改', '退回修改')
    await screenshot(reviewer.page, 'reviewer-requests-changes')
    const comments = await admin.payload.find({ collection: 'review-comments', depth: 0, where: { text: { equals: REVIEW_COMMENT } } })
    expect(comments.totalDocs).toBe(1)
  })

  it('lets the editor revise the item and resubmit it', async () => {
    await openDocument(editor, 'items', itemID)
    await workflowState(editor).filter({ hasText: '退回修改' }).waitFor()
    const comment = editor.page.locator('.review-thread__comment').filter({ hasText: REVIEW_COMMENT })
    await expect(comment.locator('.review-thread__meta strong').innerText()).resolves.toBe('方 禾')
    await editor.page.locator('#field-summary').fill(REVISED_SUMMARY)
    await editor.page.locator('#action-save-draft').click()
    await editor.page.locator('.payload-toast-container').getByText('成功').first().waitFor()
    expect((await storedItem()).summary).toBe(REVISED_SUMMARY)
    // The editor answers the reviewer's comment on the passage, naming her with @ from the suggestions.
    const onPassage = editor.page.locator('.review-thread__comment').filter({ hasText: PASSAGE_COMMENT })
    await onPassage.getByRole('button', { name: '回复' }).click()
    const replyBox = onPassage.getByRole('combobox', { name: '回复 方 禾' })
    await replyBox.pressSequentially('已在图注中说明口径，@方')
    await editor.page.getByRole('listbox', { name: '提及同事' }).getByRole('option', { name: '@方 禾' }).waitFor()
    await replyBox.press('Enter')
    await replyBox.pressSequentially('请再看。')
    await expect(replyBox.inputValue()).resolves.toBe(`${PASSAGE_REPLY} 请再看。`)
    await onPassage.getByRole('button', { name: '发送回复' }).click()
    const reply = onPassage.locator('.review-thread__reply').filter({ hasText: '请再看。' })
    await expect(reply.locator('.review-thread__mention').innerText()).resolves.toBe('@方 禾')
    await screenshot(editor.page, 'editor-replies-with-mention')
    await comment.getByRole('button', { name: '标记为已解决' }).click()
    await comment.locator('.review-thread__resolved').waitFor()
    const [stored] = (await admin.payload.find({ collection: 'review-comments', depth: 0, where: { text: { equals: REVIEW_COMMENT } } })).docs
    expect(stored.resolved).toBe(true)
    await takeAction(editor, '提交审核', '审核中')
    await screenshot(editor.page, 'editor-resubmits')
    expect((await storedItem()).workflowState).toBe('in_review')
  })

  it('lets the reviewer approve the item', async () => {
    await openDocument(reviewer, 'items', itemID)
    // What the editor changed since the request for changes: the summary, the added text marked.
    const changes = reviewer.page.locator('.review-changes')
    await changes.locator('.review-changes__since').filter({ hasText: '退回修改' }).waitFor()
    const summary = changes.locator('.review-changes__field').filter({ hasText: '摘要' })
    await expect(summary.locator('ins').allInnerTexts()).resolves.toEqual(['（已按审核意见补充数据来源）'])
    await screenshot(reviewer.page, 'reviewer-reads-changes')
    // The editor's reply that names her is under her bell, and in the thread under her comment.
    const bell = reviewer.page.locator('.notification-bell')
    await bell.locator('.notification-bell__button').click()
    await bell.locator('li').filter({ hasText: '在审稿意见中提到了你' }).filter({ hasText: TITLE }).waitFor()
    await bell.locator('.notification-bell__button').click()
    await reviewer.page.locator('.review-thread__comment').filter({ hasText: PASSAGE_COMMENT }).locator('.review-thread__reply').filter({ hasText: '请再看。' }).waitFor()
    await takeAction(reviewer, '审核通过', '已通过')
    // The panel's history shows the approval at once, above the earlier steps, in Chinese.
    const history = reviewer.page.locator('.workflow-history li')
    await history.first().filter({ hasText: '审核通过' }).waitFor()
    await expect(reviewer.page.locator('.workflow-history li strong').allInnerTexts()).resolves.toEqual(['审核通过', '送审', '退回修改', '送审'])
    await expect(history.first().locator('.workflow-history__states').innerText()).resolves.toBe('审核中 → 已通过')
    await expect(history.nth(2).locator('.workflow-history__note').innerText()).resolves.toBe(REVIEW_COMMENT)
    // One date format in the Chinese admin, Payload's header and ours: 2026年12月3日 08:15.
    const chineseMoment = /^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/
    await expect(history.first().locator('time').innerText()).resolves.toMatch(chineseMoment)
    const headerDates = await reviewer.page.locator('.doc-controls__value-wrap .doc-controls__value').allInnerTexts()
    expect(headerDates.length).toBeGreaterThan(0)
    for (const date of headerDates) expect(date.trim()).toMatch(chineseMoment)
    await screenshot(reviewer.page, 'reviewer-approves')
    expect((await storedItem()).workflowState).toBe('approved')
    // The 版本 tab names the event behind each version, and who took it; each opens Payload's comparison.
    await reviewer.page.locator('.doc-tabs').getByText('版本').click()
    await reviewer.page.waitForURL(`**/admin/collections/items/${itemID}/versions`)
    const versions = reviewer.page.locator('.version-history tbody tr')
    await versions.first().waitFor({ timeout: SLOW })
    await expect(versions.locator('.version-history__event').allInnerTexts()).resolves.toEqual(['审核通过', '送审', '保存', '退回修改', '送审', '保存'])
    await expect(versions.first().locator('td').nth(2).innerText()).resolves.toBe('方 禾')
    await screenshot(reviewer.page, 'reviewer-versions')
    await versions.nth(1).getByRole('link').click()
    await reviewer.page.waitForURL(new RegExp(`/admin/collections/items/${itemID}/versions/\\w+`), { timeout: SLOW })
  })

  it('lets the editor put the new item first in its section', async () => {
    const { page } = editor
    await page.goto(`${admin.baseURL}/admin/collections/issues/${issue.id}/builder`)
    const section = page.locator('.issue-builder__sections > .issue-builder__section').first()
    await section.locator('.issue-builder__item').nth(1).waitFor({ timeout: SLOW })
    await expect(section.locator('.issue-builder__item a').allInnerTexts()).resolves.toEqual([earlierItem.title, TITLE])
    // Both items are approved with captioned figures and linked sources; only the second section is still empty.
    await expect(page.locator('[data-missing]').evaluateAll((groups) => groups.map((group) => group.getAttribute('data-missing')))).resolves.toEqual(['emptySections'])
    await expect(page.locator('[data-missing="emptySections"] li').allInnerTexts()).resolves.toEqual(['国际观察'])
    const rows = section.locator('.issue-builder__item')
    await dragOnto(page, rows.nth(1).locator('.issue-builder__handle'), rows.nth(0))
    await expect(section.locator('.issue-builder__item a').allInnerTexts()).resolves.toEqual([TITLE, earlierItem.title])
    const saved = page.waitForResponse((response) => response.url().endsWith(`/api/issues/${issue.id}/order`) && response.request().method() === 'POST', { timeout: SLOW })
    await page.getByRole('button', { name: '保存顺序' }).click()
    expect((await saved).status()).toBe(200)
    // Whatever the answer, its toast says it: a refusal fails here with its reason.
    const answer = page.locator('.payload-toast-container .payload-toast-item').first()
    await answer.waitFor({ timeout: SLOW })
    await expect(answer.innerText()).resolves.toContain('新的顺序已保存。')
    await screenshot(page, 'editor-arranges-issue')
    expect((await storedItem()).position).toBe(1)
  })

  it('takes the issue through review and lets the editor publish it', async () => {
    await openDocument(editor, 'issues', issue.id)
    await takeAction(editor, '提交本期审核', '审核中')
    // The reviewer finds the issue on her dashboard, first under 待我审核, and opens it from there.
    await reviewer.page.goto(`${admin.baseURL}/admin`)
    const awaiting = reviewer.page.locator('.editorial-dashboard__panel').filter({ has: reviewer.page.getByRole('heading', { name: '待我审核' }) })
    const first = awaiting.locator('li a').first()
    await first.waitFor({ timeout: SLOW })
    await expect(first.getAttribute('href')).resolves.toBe(`/admin/collections/issues/${issue.id}`)
    await screenshot(reviewer.page, 'reviewer-finds-issue')
    await first.click()
    await reviewer.page.waitForURL(`**/admin/collections/issues/${issue.id}`, { timeout: SLOW })
    await workflowState(reviewer).filter({ hasText: '审核中' }).waitFor({ timeout: SLOW })
    await takeAction(reviewer, '本期审核通过', '已通过')
    await screenshot(reviewer.page, 'reviewer-approves-issue')
    await openDocument(editor, 'issues', issue.id)
    // Publishing asks first, saying what goes public, with the print version to check.
    await editor.page.locator('.workflow-panel').getByRole('button', { exact: true, name: '发布' }).click()
    const confirmation = editor.page.getByRole('alertdialog', { name: '确认发布本期？' })
    await confirmation.waitFor()
    await expect(confirmation.locator('p').first().innerText()).resolves.toMatch(/^1 个栏目、2 篇稿件、[1-9]\d* 条脚注将立即公开/)
    await expect(confirmation.getByRole('link', { name: '先查看打印版（PDF）' }).getAttribute('href')).resolves.toMatch(new RegExp(`/api/issues/${issue.id}/print/pdf$`))
    await screenshot(editor.page, 'editor-confirms-publication')
    expect((await admin.payload.findByID({ collection: 'issues', depth: 0, draft: true, id: issue.id })).workflowState).toBe('approved')
    await confirmation.getByRole('button', { name: '立即发布' }).click()
    await workflowState(editor).filter({ hasText: '已发布' }).waitFor()
    await headerStatus(editor).filter({ hasText: '已发布' }).waitFor()
    await editor.page.locator('.payload-toast-container').getByText('已发布：本期及其稿件已公开。').waitFor()
    await screenshot(editor.page, 'editor-publishes-issue')
    expect((await storedItem()).workflowState).toBe('published')
  })

  it('shows the new issue in the delivery API, with the footnotes numbered across the issue', async () => {
    const { page } = editor
    const response = await page.goto(`${admin.baseURL}/delivery/v1/issues/${issue.id}/full`)
    expect(response?.status()).toBe(200)
    const published = JSON.parse(await page.locator('body').innerText())
    await screenshot(page, 'delivery-api-issue')
    expect(published.label).toBe(issue.label)
    const [first, second] = published.sections[0].items
    expect([first.title, second.title]).toEqual([TITLE, earlierItem.title])
    expect(first.summary).toBe(REVISED_SUMMARY)
    expect(first.html).toMatch(/<table[\s\S]*1680[\s\S]*<\/table>/)
    expect(first.html).toMatch(/<figure[\s\S]*添加剂对电池循环寿命的影响[\s\S]*<\/figure>/)
    expect(first.html.match(/class="footnote-ref"><a href="#fn-(\d+)"/g)).toEqual(['class="footnote-ref"><a href="#fn-1"', 'class="footnote-ref"><a href="#fn-2"'])
    expect(second.html).toContain('href="#fn-3"')
    expect(published.footnotes.map((note: { number: number; title: string }) => [note.number, note.title])).toEqual([
      [1, footnoted.first.title],
      [2, footnoted.second.title],
      [3, footnoted.earlier.title],
    ])
  })

  it('shows the new credits in the credits view and its CSV download', async () => {
    const { page } = editor
    await page.goto(`${admin.baseURL}/admin/credit-stats`)
    const table = page.locator('.credit-stats__table')
    await table.waitFor({ timeout: SLOW })
    const headers = await table.locator('thead th').allInnerTexts()
    const expected = [
      { author: contributors.compiler, role: 'compiled', label: '编译' },
      { author: contributors.translator, role: 'translated', label: '翻译' },
    ] as const
    for (const { author, label, role } of expected) {
      const before = creditsBefore.get(author.displayName)
      const cells = await table.locator('tbody tr').filter({ has: page.getByText(author.displayName, { exact: true }) }).locator('td').allInnerTexts()
      expect(cells[headers.indexOf(label)]).toBe(String((before?.byRole[role] ?? 0) + 1))
      expect(cells[headers.indexOf('合计')]).toBe(String((before?.total ?? 0) + 1))
    }
    await screenshot(page, 'credits-view')

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.credit-stats__csv').click()])
    const csv = readFileSync((await download.path()) as string, 'utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const lines = csv.slice(1).trim().split('\r\n').map((line) => line.split(','))
    const columns = lines[0]
    for (const { author, role } of expected) {
      const before = creditsBefore.get(author.displayName)
      const line = lines.find((cells) => cells[0] === author.displayName)
      expect(line?.[columns.findIndex((column) => column.includes(role === 'compiled' ? '编译' : '翻译'))]).toBe(String((before?.byRole[role] ?? 0) + 1))
      expect(line?.[columns.length - 1]).toBe(String((before?.total ?? 0) + 1))
    }

    // The breadcrumb names the view; a contributor's name opens their credited items, the new one among them.
    await expect(page.locator('.step-nav').innerText()).resolves.toContain('贡献统计')
    await table.getByRole('link', { name: contributors.translator.displayName, exact: true }).click()
    const credited = page.locator('.credit-stats__items')
    await credited.getByRole('heading', { name: `${contributors.translator.displayName}的署名稿件` }).waitFor()
    await credited.getByRole('link', { name: TITLE }).click()
    // The item's page is there once its panel is: the whole admin page's load event may come much later on a busy machine.
    await page.waitForURL(`**/admin/collections/items/${itemID}`, { timeout: SLOW, waitUntil: 'commit' })
    await page.locator('.workflow-panel').waitFor({ timeout: SLOW })

    // Series and sections are picked by name; a filter that cannot be read keeps the form and says why.
    await page.goto(`${admin.baseURL}/admin/credit-stats?period=range&from=2026-05-01`)
    await page.locator('.credit-stats__error').getByText('自定义区间须同时提供').waitFor()
    await expect(page.locator('.credit-stats__filters select[name="period"]').inputValue()).resolves.toBe('range')
    await expect(page.locator('.credit-stats__filters input[name="from"]').inputValue()).resolves.toBe('2026-05-01')
    const sectionNames = await page.locator('.credit-stats__filters select[name="section"] option').allInnerTexts()
    expect(sectionNames).toEqual(expect.arrayContaining(['全部', '研究动态']))
    await screenshot(page, 'credits-view-kept-form')
  })
})
