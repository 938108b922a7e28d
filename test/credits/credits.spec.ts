import type { Author, Issue, Item, Section, Series } from '../../src/payload-types'
import { createUser } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { login, restClient } from '../helpers/rest'
import { signInStaff, type StaffMember } from '../helpers/staff'
import { type InProcessServer, startInProcessServer } from '../helpers/restClient'
import { actAs, publishThroughWorkflow } from '../helpers/workflow'

type Role = 'compiled' | 'written' | 'translated' | 'reviewed' | 'source'
type Row = { contributor: { id: number; name: string; kind: string; slug: string }; byRole: Record<Role, number>; total: number }

let context: TestPayload
let server: InProcessServer
let staff: Record<'admin' | 'editor' | 'reviewer', StaffMember>
let anonymous: ReturnType<typeof restClient>
let adminToken: string

const series: Record<'main' | 'other', Series> = {} as never
const sections: Record<'research' | 'world', Section> = {} as never
const authors: Record<'huang' | 'feng' | 'keji' | 'zhongguo' | 'duplicate', Author> = {} as never
const items: Record<string, Item> = {}
let issueNumber = 0

async function issue(seriesDoc: Series, date: string): Promise<Issue> {
  return context.payload.create({
    collection: 'issues',
    data: {
      series: seriesDoc.id,
      year: Number(date.slice(0, 4)),
      number: ++issueNumber,
      publicationDate: `${date}T12:00:00.000Z`,
      sections: [{ section: sections.research.id }, { section: sections.world.id }],
    },
    draft: true,
  })
}

async function item(issueDoc: Issue, section: Section, title: string, credits: [Author, Role][]): Promise<Item> {
  const doc = await context.payload.create({
    collection: 'items',
    data: {
      title,
      issue: issueDoc.id,
      section: section.id,
      credits: credits.map(([author, role]) => ({ contributor: author.id, role })),
    },
    draft: true,
  })
  items[title] = doc
  return doc
}

const publish = (issueDoc: Issue) => publishThroughWorkflow(context.payload, issueDoc.id, { editor: staff.editor.user, reviewer: staff.reviewer.user })

/** name → [compiled, written, translated, reviewed, source, total] */
function table(rows: Row[]): [string, number[]][] {
  return rows.map((row) => [
    row.contributor.name,
    [row.byRole.compiled, row.byRole.written, row.byRole.translated, row.byRole.reviewed, row.byRole.source, row.total],
  ])
}

async function stats(query: string) {
  const response = await staff.reviewer.client.get(`/api/authors/credit-stats?${query}`)
  if (response.status !== 200) throw new Error(`credit-stats?${query} answered ${response.status}: ${JSON.stringify(response.body)}`)
  return response.body as { period: string; from: string; to: string; rows: Row[]; totals: { byRole: Record<Role, number>; total: number } }
}

beforeAll(async () => {
  context = await initPayload('credits')
  server = await startInProcessServer(context.payload)
  staff = await signInStaff(context.payload, server.baseURL, { admin: ['admin'], editor: ['editor'], reviewer: ['reviewer'] })
  anonymous = restClient(server.baseURL)
  const extraAdmin = await createUser(context.payload, ['admin'])
  adminToken = await login(server.baseURL, extraAdmin.email, extraAdmin.password)

  const { payload } = context
  series.main = await payload.create({ collection: 'series', data: { title: '先进材料动态', titleEn: 'Materials Newsletter', publisherInstitute: '测试研究所', frequency: 'monthly', issueLabelStyle: 'bracket' } })
  series.other = await payload.create({ collection: 'series', data: { title: '科技政策简报', titleEn: 'Policy Brief', publisherInstitute: '测试研究所', frequency: 'monthly', issueLabelStyle: 'bracket' } })
  sections.research = await payload.create({ collection: 'sections', data: { name: '研究动态', nameEn: 'Research progress' } })
  sections.world = await payload.create({ collection: 'sections', data: { name: '国际观察', nameEn: 'International watch' } })
  authors.huang = await payload.create({ collection: 'authors', data: { displayName: '黄 健', kind: 'person' } })
  authors.feng = await payload.create({ collection: 'authors', data: { displayName: '冯瑞华', kind: 'person' } })
  authors.keji = await payload.create({ collection: 'authors', data: { displayName: '科技日报', kind: 'organisation' } })
  authors.zhongguo = await payload.create({ collection: 'authors', data: { displayName: '中国日报', kind: 'organisation' } })
  const { huang, feng, keji, zhongguo } = authors
  const { research, world } = sections

  // 2031: three published issues (February and May in the main series, November in the other).
  const february = await issue(series.main, '2031-02-10')
  await item(february, research, '二月甲', [[huang, 'compiled'], [feng, 'translated']])
  await item(february, world, '二月乙', [[huang, 'compiled'], [keji, 'source'], [zhongguo, 'source']])
  await item(february, research, '二月丙', [[feng, 'written'], [huang, 'reviewed'], [feng, 'written']])
  await publish(february)
  const may = await issue(series.main, '2031-05-20')
  await item(may, research, '五月甲', [[huang, 'compiled']])
  await item(may, world, '五月乙', [[feng, 'compiled'], [keji, 'source']])
  await publish(may)
  const november = await issue(series.other, '2031-11-03')
  await item(november, research, '十一月甲', [[feng, 'compiled'], [huang, 'written']])
  await publish(november)

  // Not counted: an issue never published, a draft item added to a published issue, and an
  // unpublished revision of a published item.
  const march = await issue(series.main, '2031-03-15')
  await item(march, research, '未发布', [[huang, 'compiled'], [feng, 'compiled']])
  await item(february, research, '二月草稿', [[huang, 'compiled']])
  await payload.update({
    collection: 'items',
    data: { credits: [{ contributor: huang.id, role: 'compiled' }, { contributor: feng.id, role: 'translated' }, { contributor: zhongguo.id, role: 'reviewed' }] },
    draft: true,
    id: items['二月甲'].id,
  })
}, 240_000)

afterAll(async () => {
  await server?.stop()
  await context?.close()
})

describe('credit statistics', () => {
  it('counts published credits per person and role over a year, most credited first, then by pinyin', async () => {
    const body = await stats('period=year&from=2031-06-01')
    expect([body.period, body.from, body.to]).toEqual(['year', '2031-01-01', '2031-12-31'])
    expect(table(body.rows)).toEqual([
      ['黄 健', [3, 1, 0, 1, 0, 5]],
      ['冯瑞华', [2, 1, 1, 0, 0, 4]],
      ['科技日报', [0, 0, 0, 0, 2, 2]],
      ['中国日报', [0, 0, 0, 0, 1, 1]],
    ])
    expect(body.totals).toMatchObject({ byRole: { compiled: 5, written: 2, translated: 1, reviewed: 1, source: 3 }, total: 12 })
    expect(body.rows[0].contributor).toMatchObject({ id: authors.huang.id, kind: 'person', slug: authors.huang.slug })
    // Media sources are their own rows, one per organisation.
    expect(body.rows.filter((row) => row.contributor.kind === 'organisation').map((row) => row.contributor.name)).toEqual(['科技日报', '中国日报'])
  })

  it('counts a month, a quarter and a custom range by the issue’s publication date', async () => {
    const month = await stats('period=month&from=2031-02-01')
    expect([month.from, month.to]).toEqual(['2031-02-01', '2031-02-28'])
    expect(table(month.rows)).toEqual([
      ['黄 健', [2, 0, 0, 1, 0, 3]],
      ['冯瑞华', [0, 1, 1, 0, 0, 2]],
      ['科技日报', [0, 0, 0, 0, 1, 1]],
      ['中国日报', [0, 0, 0, 0, 1, 1]],
    ])
    const quarter = await stats('period=quarter&from=2031-05-05')
    expect([quarter.from, quarter.to]).toEqual(['2031-04-01', '2031-06-30'])
    expect(table(quarter.rows)).toEqual([
      ['冯瑞华', [1, 0, 0, 0, 0, 1]],
      ['黄 健', [1, 0, 0, 0, 0, 1]],
      ['科技日报', [0, 0, 0, 0, 1, 1]],
    ])
    // The same periods named by their year and number, as a person says them.
    for (const [query, from, to] of [
      ['period=year&year=2031', '2031-01-01', '2031-12-31'],
      ['period=quarter&year=2031&quarter=2', '2031-04-01', '2031-06-30'],
      ['period=month&year=2031&month=2', '2031-02-01', '2031-02-28'],
    ]) {
      const named = await stats(query)
      expect([query, named.from, named.to]).toEqual([query, from, to])
    }
    expect(table((await stats('period=quarter&year=2031&quarter=2')).rows)).toEqual(table(quarter.rows))
    const range = await stats('period=range&from=2031-05-01&to=2031-12-31')
    expect(table(range.rows)).toEqual([
      ['冯瑞华', [2, 0, 0, 0, 0, 2]],
      ['黄 健', [1, 1, 0, 0, 0, 2]],
      ['科技日报', [0, 0, 0, 0, 1, 1]],
    ])
    // The unpublished March issue falls in this range and counts for nothing.
    const march = await stats('period=month&from=2031-03-31')
    expect(march.rows).toEqual([])
    expect(march.totals.total).toBe(0)
  })

  it('filters by series and by section (slugs)', async () => {
    const other = await stats(`period=year&from=2031-01-01&series=${series.other.slug}`)
    expect(table(other.rows)).toEqual([
      ['冯瑞华', [1, 0, 0, 0, 0, 1]],
      ['黄 健', [0, 1, 0, 0, 0, 1]],
    ])
    const world = await stats(`period=year&from=2031-01-01&section=${sections.world.slug}`)
    expect(table(world.rows)).toEqual([
      ['科技日报', [0, 0, 0, 0, 2, 2]],
      ['冯瑞华', [1, 0, 0, 0, 0, 1]],
      ['黄 健', [1, 0, 0, 0, 0, 1]],
      ['中国日报', [0, 0, 0, 0, 1, 1]],
    ])
    const both = await stats(`period=year&from=2031-01-01&series=${series.main.slug}&section=${sections.research.slug}`)
    expect(table(both.rows)).toEqual([
      ['黄 健', [2, 0, 0, 1, 0, 3]],
      ['冯瑞华', [0, 1, 1, 0, 0, 2]],
    ])
  })

  it('lists one person’s credited items with issue, section, title and role', async () => {
    const { body, status } = await staff.editor.client.get(`/api/authors/${authors.huang.id}/credited-items?period=year&from=2031-01-01`)
    expect(status).toBe(200)
    const rows = body.docs.map((doc: { issue: { label: string }; section: { name: string }; item: { title: string }; role: string }) => [doc.item.title, doc.section.name, doc.role])
    expect(rows).toEqual(
      expect.arrayContaining([
        ['二月甲', '研究动态', 'compiled'],
        ['二月乙', '国际观察', 'compiled'],
        ['二月丙', '研究动态', 'reviewed'],
        ['五月甲', '研究动态', 'compiled'],
        ['十一月甲', '研究动态', 'written'],
      ]),
    )
    expect(rows).toHaveLength(5)
    expect(body.docs.every((doc: { issue: { label: string | null } }) => typeof doc.issue.label === 'string' && doc.issue.label.length > 0)).toBe(true)
    expect(body.docs[0].issue.publicationDate <= body.docs[4].issue.publicationDate).toBe(true)
    expect((await staff.editor.client.get('/api/authors/999999/credited-items')).status).toBe(404)
  })

  it('exports CSV for Excel: BOM, bilingual headers, a total row, the same numbers as the JSON', async () => {
    const query = 'period=year&from=2031-01-01'
    const response = await server.fetch(`${server.baseURL}/api/authors/credit-stats.csv?${query}`, { headers: { Authorization: `JWT ${adminToken}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/i)
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="[\x20-\x7e]+\.csv"$/)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).trim().split(/\r\n/).map((line) => line.split(','))
    expect(lines[0]).toEqual(['署名人 Contributor', '类型 Kind', '编译 Compiled', '撰写 Written', '翻译 Translated', '审校 Reviewed', '来源媒体 Source', '合计 Total'])
    const json = await stats(query)
    const parsed = lines.slice(1, -1).map((cells): [string, number[]] => [cells[0], cells.slice(2).map(Number)])
    expect(parsed).toEqual(table(json.rows))
    const last = lines[lines.length - 1]
    expect(last[0]).toBe('合计 Total')
    expect(last.slice(2).map(Number)).toEqual([5, 2, 1, 1, 3, 12])
  })

  it('is for staff only and is not taken for GET /api/authors/:id', async () => {
    for (const path of ['/api/authors/credit-stats', '/api/authors/credit-stats.csv', `/api/authors/${authors.huang.id}/credited-items`]) {
      const { status, body } = await anonymous.get(path)
      expect([path, status]).toEqual([path, 403])
      expect(body.errors[0].message).toBe('请先登录。')
    }
    const { body: single } = await anonymous.get(`/api/authors/${authors.huang.id}`)
    expect(single.displayName).toBe('黄 健')
    for (const member of Object.values(staff)) expect((await member.client.get('/api/authors/credit-stats')).status).toBe(200)
  })

  it('refuses bad parameters with 400 in the reader’s language', async () => {
    const bad = [
      'period=week',
      'period=range&from=2031-01-01',
      'period=range&from=2031-02-30&to=2031-03-01',
      'period=range&from=2031-05-01&to=2031-04-01',
      'period=month&from=yesterday',
      'period=year&series=no-such-series',
      'period=year&section=no-such-section',
      'period=year&year=20x1',
      'period=year&year=2031&from=2031-01-01',
      'period=quarter&year=2031',
      'period=month&year=2031&month=13',
    ]
    for (const query of bad) {
      const zh = await staff.editor.client.get(`/api/authors/credit-stats?${query}`)
      expect([query, zh.status]).toEqual([query, 400])
      expect(zh.body.errors[0].message).toMatch(/\p{Script=Han}/u)
      const en = await staff.editor.client.get(`/api/authors/credit-stats.csv?${query}`, { 'Accept-Language': 'en' })
      expect([query, en.status]).toEqual([query, 400])
      expect(en.body.errors[0].message).not.toMatch(/\p{Script=Han}/u)
      expect(en.body.errors[0].data).toEqual({ en: en.body.errors[0].message, zh: zh.body.errors[0].message })
    }
  })
})

describe('merging contributors', () => {
  let pendingItem: Item
  let approvedItem: Item
  let otherPublished: Item
  let account: Awaited<ReturnType<typeof createUser>>

  beforeAll(async () => {
    const { payload } = context
    account = await createUser(payload, ['reviewer'])
    authors.duplicate = await payload.create({ collection: 'authors', data: { displayName: '黄健', kind: 'person', user: account.user.id } })
    const { duplicate, huang, keji } = authors
    const january = await issue(series.main, '2032-01-10')
    pendingItem = await item(january, sections.research, '合并甲', [[duplicate, 'compiled']])
    otherPublished = await item(january, sections.world, '合并乙', [[duplicate, 'translated'], [huang, 'compiled'], [keji, 'source']])
    await publish(january)
    // A revision in progress of a published item: the public keeps the published version.
    await payload.update({ collection: 'items', data: { title: '合并甲（修订）' }, draft: true, id: pendingItem.id })
    const february = await issue(series.main, '2032-02-10')
    approvedItem = await item(february, sections.research, '合并丙', [[duplicate, 'compiled'], [huang, 'compiled']])
    await actAs(payload, staff.editor.user, { action: 'submit', collection: 'items', id: approvedItem.id })
    await actAs(payload, staff.reviewer.user, { action: 'approve', collection: 'items', id: approvedItem.id })
  }, 120_000)

  it('is refused to reviewers, anonymous users, into itself and for unknown contributors', async () => {
    const path = `/api/authors/${authors.duplicate.id}/merge`
    expect((await anonymous.post(path, { into: authors.huang.id })).status).toBe(403)
    expect((await staff.reviewer.client.post(path, { into: authors.huang.id })).status).toBe(403)
    const self = await staff.editor.client.post(path, { into: authors.duplicate.id }, { 'Accept-Language': 'en' })
    expect(self.status).toBe(400)
    expect(self.body.errors[0].message).toBe('A contributor cannot be merged into itself.')
    expect((await staff.editor.client.post(path, {})).status).toBe(400)
    expect((await staff.editor.client.post(path, { into: 999999 })).status).toBe(404)
    expect((await staff.editor.client.post(`/api/authors/999999/merge`, { into: authors.huang.id })).status).toBe(404)
    // Nothing happened.
    expect((await anonymous.get(`/api/authors/${authors.duplicate.id}`)).status).toBe(200)
  })

  it('moves every credit to the kept contributor without reopening or publishing anything', async () => {
    const before = await stats('period=year&from=2032-01-01')
    expect(table(before.rows)).toEqual([
      ['黄健', [1, 0, 1, 0, 0, 2]],
      ['黄 健', [1, 0, 0, 0, 0, 1]],
      ['科技日报', [0, 0, 0, 0, 1, 1]],
    ])

    const { body, status } = await staff.editor.client.post(`/api/authors/${authors.duplicate.id}/merge`, { into: authors.huang.id })
    expect(status).toBe(200)
    expect(body).toMatchObject({ into: authors.huang.id, merged: authors.duplicate.id, movedUser: true })
    expect([...body.items].sort()).toEqual([pendingItem.id, otherPublished.id, approvedItem.id].sort())

    const after = await stats('period=year&from=2032-01-01')
    expect(table(after.rows)).toEqual([
      ['黄 健', [2, 0, 1, 0, 0, 3]],
      ['科技日报', [0, 0, 0, 0, 1, 1]],
    ])
    expect(after.totals).toEqual(before.totals)

    // The duplicate is gone; the kept record keeps its printed name and takes over the login account.
    expect((await anonymous.get(`/api/authors/${authors.duplicate.id}`)).status).toBe(404)
    const kept = await context.payload.findByID({ collection: 'authors', depth: 0, id: authors.huang.id })
    expect(kept.displayName).toBe('黄 健')
    expect(kept.user).toBe(account.user.id)

    // Published: still published, old title, new credit. Its pending revision stays a draft with its own title.
    const published = (await anonymous.get(`/api/items/${pendingItem.id}?depth=0`)).body
    expect(published).toMatchObject({ title: '合并甲', _status: 'published' })
    expect(published.credits.map((credit: { contributor: number }) => credit.contributor)).toEqual([authors.huang.id])
    const draft = await context.payload.findByID({ collection: 'items', depth: 0, draft: true, id: pendingItem.id })
    expect(draft).toMatchObject({ title: '合并甲（修订）', _status: 'draft' })
    expect(draft.credits?.map((credit) => credit.contributor)).toEqual([authors.huang.id])

    const other = await context.payload.findByID({ collection: 'items', depth: 0, draft: true, id: otherPublished.id })
    expect(other).toMatchObject({ workflowState: 'published', _status: 'published' })
    expect(other.credits?.map((credit) => [credit.contributor, credit.role])).toEqual([
      [authors.huang.id, 'translated'],
      [authors.huang.id, 'compiled'],
      [authors.keji.id, 'source'],
    ])
    // Approved work stays approved; the credit the kept contributor already had in that role is not doubled.
    const approved = await context.payload.findByID({ collection: 'items', depth: 0, draft: true, id: approvedItem.id })
    expect(approved.workflowState).toBe('approved')
    expect(approved.credits?.map((credit) => [credit.contributor, credit.role])).toEqual([[authors.huang.id, 'compiled']])

    // The kept contributor's list now shows the merged credits.
    const list = await staff.reviewer.client.get(`/api/authors/${authors.huang.id}/credited-items?period=year&from=2032-01-01`)
    expect(list.body.docs.map((doc: { item: { title: string }; role: string }) => [doc.item.title, doc.role]).sort()).toEqual(
      [['合并乙', 'compiled'], ['合并乙', 'translated'], ['合并甲', 'compiled']].sort(),
    )

    const { docs: audit } = await context.payload.find({
      collection: 'audit-log',
      depth: 0,
      where: { and: [{ documentCollection: { equals: 'authors' } }, { action: { equals: 'merge' } }] },
    })
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ actor: staff.editor.user.id, documentID: String(authors.huang.id), documentTitle: '黄 健' })
    expect(audit[0].note).toContain('黄健')
  })
})
