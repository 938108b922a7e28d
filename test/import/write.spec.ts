import { createLocalReq, type Payload } from 'payload'

import type { Block, Footnote, Inline } from '../../src/document/blocks'
import type { ImportedIssue, ImportedItem } from '../../src/import/model'
import { writeImportedIssue } from '../../src/import/write/writeIssue'
import type { ImportTarget } from '../../src/import/write/options'
import type { User } from '../../src/payload-types'
import { runTransition } from '../../src/workflow/runTransition'
import { createUser, unique } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'

let context: TestPayload
let payload: Payload
let admin: User
let editor: User
let seriesSlug: string
let nextNumber = 0

const t = (text: string, style: { bold?: boolean } = {}): Inline => ({ kind: 'text', text, ...style })
const fn = (number: number): Inline => ({ kind: 'footnote', number })
const p = (...children: Inline[]): Block => ({ kind: 'paragraph', children })

function item(title: string, credits: string[], body: Block[], extra: Partial<ImportedItem> = {}): ImportedItem {
  return { title, credits, body, publishedIn: [], ...extra }
}

/** An issue in the shape the recogniser hands over: three sections, a note, footnotes across items, a table. */
function importedIssue(tag: string, footnotes: Footnote[]): ImportedIssue {
  return {
    masthead: { seriesTitle: '新材料观察', year: 2023, number: 1, date: '2023-01-16' },
    footnotes,
    warnings: [],
    sections: [
      {
        name: `深度 分析${tag}`,
        items: [
          item(`钙钛矿电池效率再创新高 ${tag}`, ['黄 健'], [
            { kind: 'heading', level: 3, children: [t('一、背景')] },
            p(t('研究团队', { bold: true }), t('报告了新的叠层结构'), fn(1), t('。')),
            { kind: 'list', ordered: true, items: [[t('效率提升')], [t('稳定性改善'), fn(2)]] },
            {
              kind: 'table',
              rows: [
                { header: true, cells: [[t('年份')], [t('效率')]] },
                { header: false, cells: [[t('2022')], [t('31.3%')]] },
              ],
            },
          ], { titleEn: `Perovskite record ${tag}`, publishedIn: [{ journal: 'Science', articleTitle: 'A tandem cell', doi: 'https://doi.org/10.5555/TANDEM-' + tag }] }),
        ],
      },
      {
        name: `研究动态${tag}`,
        editorsNote: [p(t('本期关注固态电池。'))],
        items: [
          item(`固态电解质界面研究 ${tag}`, ['科技日报', '中国日报'], [p(t('界面稳定性是关键'), fn(3), t('。'))]),
          item(`稀土永磁回收新工艺 ${tag}`, ['黄健', `林 秋${tag}`], [p(t('回收率达到九成'), fn(4), t('，成本下降'), fn(1), t('。'))]),
        ],
      },
    ],
  }
}

async function reqAs(user: User) {
  return createLocalReq({ user: { ...user, collection: 'users' } }, payload)
}

function target(extra: Partial<ImportTarget> = {}): ImportTarget {
  return { series: seriesSlug, year: 2023, number: ++nextNumber, ...extra }
}

async function counts() {
  const count = async (collection: 'authors' | 'issues' | 'items' | 'references' | 'sections') => (await payload.count({ collection })).totalDocs
  return { authors: await count('authors'), issues: await count('issues'), items: await count('items'), references: await count('references'), sections: await count('sections') }
}

beforeAll(async () => {
  context = await initPayload('import-write')
  payload = context.payload
  admin = (await createUser(payload, ['admin'])).user
  editor = (await createUser(payload, ['editor'])).user
  const series = await payload.create({
    collection: 'series',
    data: { title: '新材料观察', titleEn: 'New Materials Watch', publisherInstitute: '某研究所', frequency: 'monthly', issueLabelStyle: 'bracket' },
  })
  seriesSlug = series.slug as string
})
afterAll(async () => {
  await context?.close()
})

describe('writing a recognised archive issue', () => {
  it('creates a draft issue with sections, items, references and credits, matching what is recorded', async () => {
    const tag = unique('w')
    const knownSection = await payload.create({ collection: 'sections', data: { name: `深度分析${tag}` } })
    const knownAuthor = await payload.create({ collection: 'authors', data: { displayName: '黄健', kind: 'person' } })
    const byURL = await payload.create({ collection: 'references', data: { kind: 'web_news', title: '已登记的新闻', url: `https://news.example.org/${tag}/one` } })
    const byDOI = await payload.create({ collection: 'references', data: { kind: 'journal_article', title: '已登记的论文', doi: `10.5555/${tag}` } })
    const footnotes: Footnote[] = [
      { number: 1, text: `Tandem cells reach a record. https://news.example.org/${tag}/one?utm_source=mail`, url: `https://news.example.org/${tag}/one?utm_source=mail` },
      { number: 2, text: `Stability of tandem cells. doi:10.5555/${tag.toUpperCase()}`, doi: `doi:10.5555/${tag.toUpperCase()}` },
      { number: 3, text: `固态电池界面新进展. https://news.example.org/${tag}/three`, url: `https://news.example.org/${tag}/three` },
      { number: 4, text: '中国科学院院刊，2022（3）' },
    ]
    const progress: string[] = []
    const summary = await writeImportedIssue(await reqAs(editor), importedIssue(tag, footnotes), target(), (event) => progress.push(event.message))

    expect(summary.issue.workflowState).toBe('planning')
    expect(summary.issue.adminPath).toBe(`/admin/collections/issues/${summary.issue.id}`)
    expect(summary.sections).toEqual([
      { name: `深度分析${tag}`, created: false, items: 1 },
      { name: `研究动态${tag}`, created: true, items: 2 },
    ])
    expect(summary).toMatchObject({ items: 3, footnotes: 4, tables: 1, publishedIn: 1, references: { created: 2, matched: 2 } })
    expect(Object.fromEntries(summary.credits.map((credit) => [credit.name, [credit.kind, credit.created, credit.items]]))).toEqual({
      黄健: ['person', false, 2],
      科技日报: ['organisation', true, 1],
      中国日报: ['organisation', true, 1],
      [`林 秋${tag}`]: ['person', true, 1],
    })
    expect(progress).toEqual(expect.arrayContaining(['找到脚注：4 条', `稿件 3/3 稀土永磁回收新工艺 ${tag}`]))

    const issue = await payload.findByID({ collection: 'issues', id: summary.issue.id, depth: 0, draft: true })
    expect(issue).toMatchObject({ _status: 'draft', year: 2023, publicationDate: '2023-01-16T00:00:00.000Z' })
    expect(issue.sections?.map((row) => row.section)).toEqual([knownSection.id, expect.any(Number)])
    expect(JSON.stringify(issue.sections?.[1].editorsNote)).toContain('本期关注固态电池。')

    const { docs: items } = await payload.find({ collection: 'items', depth: 0, draft: true, sort: 'title', where: { issue: { equals: issue.id } } })
    const first = items.find((entry) => entry.title.startsWith('钙钛矿'))!
    expect(first).toMatchObject({ titleEn: `Perovskite record ${tag}`, position: 1, workflowState: 'draft' })
    expect(first.publishedIn).toMatchObject({ journal: 'Science', articleTitle: 'A tandem cell', doi: `10.5555/tandem-${tag}` })
    expect(first.credits).toEqual([expect.objectContaining({ contributor: knownAuthor.id, role: 'compiled' })])
    expect(first.references).toEqual([byURL.id, byDOI.id])
    const nodeTypes = JSON.stringify(first.body).match(/"type":"(\w+)"/g)
    expect(nodeTypes).toEqual(expect.arrayContaining(['"type":"heading"', '"type":"list"', '"type":"table"', '"type":"inlineBlock"']))
    const media = items.find((entry) => entry.title.startsWith('固态'))!
    expect(media.credits?.map((credit) => credit.role)).toEqual(['source', 'source'])
    const recycling = items.find((entry) => entry.title.startsWith('稀土'))!
    expect(recycling.position).toBe(2)
    // Footnote 1 cited again in a later item cites the same reference.
    expect(recycling.references).toEqual([expect.any(Number), byURL.id])

    const journal = await payload.findByID({ collection: 'references', id: recycling.references![0] as number })
    expect(journal).toMatchObject({ kind: 'journal_article', title: '中国科学院院刊，2022（3）', journal: '中国科学院院刊', journalIssue: '3' })
    const created = await payload.find({ collection: 'references', where: { url: { equals: `https://news.example.org/${tag}/three` } } })
    expect(created.docs[0]).toMatchObject({ kind: 'web_news', title: '固态电池界面新进展' })
  })

  it('stops when the issue exists, naming it, and rewrites the draft with replace, without duplicates', async () => {
    const tag = unique('r')
    const footnotes: Footnote[] = [
      ...[1, 2, 3].map((number) => ({ number, text: `来源 ${number}. https://r.example.org/${tag}/${number}`, url: `https://r.example.org/${tag}/${number}` })),
      // Without an address, a reference is found again by its printed text.
      { number: 4, text: `能源热点信息监测，第一期，${tag}` },
    ]
    const where = target()
    const first = await writeImportedIssue(await reqAs(editor), importedIssue(tag, footnotes), where)
    const before = await counts()

    const again = writeImportedIssue(await reqAs(editor), importedIssue(tag, footnotes), where)
    await expect(again).rejects.toMatchObject({ status: 409, message: expect.stringContaining(`#${first.issue.id}`) })
    expect(await counts()).toEqual(before)

    const replaced = await writeImportedIssue(await reqAs(editor), importedIssue(tag, footnotes), { ...where, replace: true })
    expect(replaced).toMatchObject({ replaced: true, items: 3, references: { created: 0, matched: 4 } })
    expect(replaced.issue.id).toBe(first.issue.id)
    expect(await counts()).toEqual(before)
  })

  it('brings a back issue in published only for an administrator, through the workflow, with its original date', async () => {
    const tag = unique('p')
    const footnotes: Footnote[] = [1, 2, 3, 4].map((number) => ({ number, text: `来源 ${number}. https://p.example.org/${tag}/${number}`, url: `https://p.example.org/${tag}/${number}` }))
    const before = await counts()
    await expect(writeImportedIssue(await reqAs(editor), importedIssue(tag, footnotes), target({ published: true }))).rejects.toMatchObject({ status: 403 })
    expect(await counts()).toEqual(before)

    const summary = await writeImportedIssue(await reqAs(admin), importedIssue(tag, footnotes), target({ published: true, date: '2023-02-20' }))
    expect(summary.issue.workflowState).toBe('published')
    const { docs: audit } = await payload.find({ collection: 'audit-log', where: { and: [{ documentCollection: { equals: 'issues' } }, { documentID: { equals: String(summary.issue.id) } }] } })
    expect(audit.map((entry) => [entry.action, entry.fromState, entry.toState])).toEqual([['import_published', 'planning', 'published']])

    // What the public reads: the issue and its items, published with the original date.
    const issue = await payload.findByID({ collection: 'issues', id: summary.issue.id, depth: 0, overrideAccess: false })
    expect(issue).toMatchObject({ _status: 'published', publishedAt: '2023-02-20T00:00:00.000Z', publicationDate: '2023-02-20T00:00:00.000Z' })
    expect(issue.footnoteNumbers).toHaveLength(4)
    const { docs: items } = await payload.find({ collection: 'items', depth: 0, overrideAccess: false, where: { issue: { equals: issue.id } } })
    expect(items.map((entry) => [entry._status, entry.workflowState])).toEqual(Array(3).fill(['published', 'published']))

    // A published issue is never replaced by an import, nor can anyone take the import's transition by hand.
    await expect(
      writeImportedIssue(await reqAs(admin), importedIssue(tag, footnotes), { series: seriesSlug, year: 2023, number: nextNumber, replace: true }),
    ).rejects.toMatchObject({ status: 409 })
    const planned = await writeImportedIssue(await reqAs(admin), importedIssue(unique('q'), footnotes), target())
    await expect(runTransition(await reqAs(admin), { action: 'import_published', collection: 'issues', id: planned.issue.id }, { notify: false })).rejects.toMatchObject({ status: 400 })
  })

  it('writes nothing when a step fails midway', async () => {
    const tag = unique('f')
    const footnotes: Footnote[] = [1, 2, 3, 4].map((number) => ({ number, text: `来源 ${number}. https://f.example.org/${tag}/${number}`, url: `https://f.example.org/${tag}/${number}` }))
    const before = await counts()
    const stopAtSecondItem = (event: { message: string }) => {
      if (event.message.startsWith('稿件 2/')) throw new Error('stopped by the person importing')
    }
    await expect(writeImportedIssue(await reqAs(editor), importedIssue(tag, footnotes), target(), stopAtSecondItem)).rejects.toThrow('stopped')
    expect(await counts()).toEqual(before)
  })

  it('refuses an unknown series and a bad date with a message naming them', async () => {
    const imported = importedIssue(unique('u'), [])
    await expect(writeImportedIssue(await reqAs(editor), imported, target({ series: 'no-such-series' }))).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('没有刊物系列“no-such-series”'),
    })
    await expect(writeImportedIssue(await reqAs(editor), imported, target({ date: '2023-02-30' }))).rejects.toMatchObject({ status: 400 })
  })
})
