import { createLocalReq, type Payload } from 'payload'

import type { Block, Footnote, Inline } from '../src/document/blocks'
import type { ImportedIssue, ImportedItem, ImportedSection } from '../src/import/model'
import { writeImportedIssue } from '../src/import/write/writeIssue'
import type { User } from '../src/payload-types'

export const ITEMS_PER_ISSUE = 40
const ISSUES_PER_YEAR = 12
const SECTIONS = ['研究动态', '产业观察', '政策与规划', '国际合作', '专家视点']
const CONTRIBUTORS = Array.from({ length: 160 }, (_, index) => `${'黄陈李王张刘杨赵周吴'[index % 10]}${'健敏伟芳娜秀英华慧巧'[Math.floor(index / 10) % 10]}${'一二三四五六七八九十'[Math.floor(index / 100)]}`)
/** Words of the field, drawn at random into sentences so that every item reads differently. */
const WORDS =
  '固态电解质 锂金属负极 界面工程 钠离子电池 硅碳复合 高镍正极 储能系统 热失控 循环寿命 能量密度 电解液添加剂 隔膜涂层 氢燃料电池 催化剂 质子交换膜 光伏组件 钙钛矿 叠层电池 碳捕集 氨合成 电网调峰 飞轮储能 超级电容 稀土永磁 石墨烯 纳米线 回收利用 梯次利用 标准体系 示范工程'.split(
    ' ',
  )
/** The one item that says this: search for a two-character word must find exactly it. */
export const RARE_WORD = '钕铁'
export const RARE_ITEM_TITLE = '钕铁硼永磁材料的晶界扩散工艺取得进展'

/** A small deterministic generator: the same archive on every run, for figures that compare. */
function generator(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
    return state / 2 ** 32
  }
  return { next, pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] }
}

function sentence(random: ReturnType<typeof generator>, footnote?: number): Inline[] {
  const words = Array.from({ length: 6 + Math.floor(random.next() * 6) }, () => random.pick(WORDS))
  const text = `研究团队在${words.slice(0, 2).join('与')}方面取得进展，${words.slice(2).join('、')}等指标均有提升。`
  return footnote ? [{ kind: 'text', text }, { kind: 'footnote', number: footnote }] : [{ kind: 'text', text }]
}

function item(random: ReturnType<typeof generator>, issueIndex: number, index: number, footnotes: Footnote[]): ImportedItem {
  const number = footnotes.length + 1
  footnotes.push({ number, text: `示例来源 ${issueIndex + 1}-${index + 1}. https://example.org/archive/${issueIndex + 1}/${index + 1}`, url: `https://example.org/archive/${issueIndex + 1}/${index + 1}` })
  const rare = issueIndex === 0 && index === 7
  const body: Block[] = [
    { kind: 'paragraph', children: rare ? [{ kind: 'text', text: `${RARE_WORD}硼磁体通过晶界扩散减少了重稀土用量。` }, ...sentence(random, number)] : sentence(random, number) },
    { kind: 'paragraph', children: [...sentence(random), ...sentence(random)] },
    { kind: 'paragraph', children: sentence(random) },
  ]
  if (index % 5 === 0) {
    body.push({
      kind: 'table',
      rows: [
        { header: true, cells: [[{ kind: 'text', text: '材料' }], [{ kind: 'text', text: '指标' }], [{ kind: 'text', text: '数值' }]] },
        ...Array.from({ length: 4 }, (_, row) => ({
          header: false,
          cells: [[{ kind: 'text' as const, text: random.pick(WORDS) }], [{ kind: 'text' as const, text: '效率' }], [{ kind: 'text' as const, text: `${row + 1}.5%` }]],
        })),
      ],
    })
  }
  const words = [random.pick(WORDS), random.pick(WORDS)]
  return {
    title: rare ? RARE_ITEM_TITLE : `${words[0]}与${words[1]}研究新进展（${issueIndex + 1}-${index + 1}）`,
    titleEn: `Progress in archive item ${issueIndex + 1}-${index + 1}`,
    body,
    credits: [random.pick(CONTRIBUTORS)],
    publishedIn: [],
  }
}

/** The issue at `issueIndex` of the archive: 40 items in five sections, one footnote each. */
export function archiveIssue(issueIndex: number): ImportedIssue {
  const random = generator(issueIndex + 1)
  const footnotes: Footnote[] = []
  const sections: ImportedSection[] = SECTIONS.map((name) => ({ name, items: [] }))
  for (let index = 0; index < ITEMS_PER_ISSUE; index++) sections[index % SECTIONS.length].items.push(item(random, issueIndex, index, footnotes))
  return { masthead: {}, sections, footnotes, warnings: [] }
}

/** Where the issue at `issueIndex` goes: twelve a year, the oldest first. */
export function archivePlace(issueIndex: number, firstYear: number) {
  return { year: firstYear + Math.floor(issueIndex / ISSUES_PER_YEAR), number: (issueIndex % ISSUES_PER_YEAR) + 1 }
}

/**
 * Brings `issues` back issues into the series as the archive import does (`npm run import --
 * --published`: one transaction each, published through the workflow's import transition).
 */
export async function importArchive(
  payload: Payload,
  admin: User,
  series: string,
  { firstYear, issues, onIssue }: { firstYear: number; issues: number; onIssue?: (done: number) => void },
): Promise<void> {
  for (let index = 0; index < issues; index++) {
    const req = await createLocalReq({ user: { ...admin, collection: 'users' } }, payload)
    const place = archivePlace(index, firstYear)
    await writeImportedIssue(req, archiveIssue(index), { series, ...place, date: `${place.year}-${String(place.number).padStart(2, '0')}-15`, published: true })
    onIssue?.(index + 1)
  }
}

type SqlClient = {
  batch: (statements: string[], mode: 'write') => Promise<unknown>
  execute: (statement: string) => Promise<{ rows: Array<Record<string, unknown>> }>
}

/** The tables of issues and items themselves (their versions are not copied: the public never reads them). */
const COPIED_TABLES = ['issues', 'issues_rels', 'issues_sections', 'items', 'items_credits', 'items_rels', 'items_texts']

/**
 * Makes `copies` more years of the archive from the twelve issues of `seedYear` at the SQL level:
 * the same rows under new ids, a year earlier each time (labels, titles and dates follow), item
 * slugs made unique. Only for the bench, which needs 20,000 published items in minutes: importing
 * them one issue at a time takes about 1.4 s an issue. Afterwards the search index is rebuilt
 * from the database (src/search), as after any bulk load.
 */
export async function copyArchiveYears(payload: Payload, seedYear: number, copies: number): Promise<void> {
  const client = (payload.db as unknown as { client: SqlClient }).client
  const offsets = new Map<string, number>()
  const columns = new Map<string, Array<{ name: string; type: string; pk: boolean }>>()
  const references = new Map<string, Map<string, string>>()
  for (const table of COPIED_TABLES) {
    const { rows } = await client.execute(`SELECT coalesce(max(rowid), 0) AS top FROM "${table}"`)
    offsets.set(table, Number(rows[0].top))
    columns.set(table, (await client.execute(`PRAGMA table_info("${table}")`)).rows.map((row) => ({ name: String(row.name), type: String(row.type).toUpperCase(), pk: Number(row.pk) > 0 })))
    references.set(table, new Map((await client.execute(`PRAGMA foreign_key_list("${table}")`)).rows.map((row) => [String(row.from), String(row.table)])))
  }
  for (let copy = 1; copy <= copies; copy++) {
    const year = seedYear - copy
    const statements = COPIED_TABLES.map((table) => {
      const names = columns.get(table)!
      const values = names.map(({ name, pk, type }) => {
        const column = `"${name}"`
        const target = references.get(table)!.get(name)
        if (pk && type === 'INTEGER') return `${column} + ${copy * offsets.get(table)!}`
        if (pk || name === '_uuid') return `${column} || '-${copy}'`
        if (target && offsets.has(target)) return `${column} + ${copy * offsets.get(target)!}`
        if (table === 'issues' && name === 'year') return String(year)
        if (table === 'issues' && ['label', 'title'].includes(name)) return `replace(${column}, '${seedYear}', '${year}')`
        if (table === 'issues' && ['publication_date', 'published_at'].includes(name)) return `CASE WHEN ${column} LIKE '${seedYear}%' THEN '${year}' || substr(${column}, 5) ELSE ${column} END`
        if (table === 'items' && name === 'slug') return `${column} || '-${year}'`
        return column
      })
      return `INSERT INTO "${table}" (${names.map(({ name }) => `"${name}"`).join(', ')}) SELECT ${values.join(', ')} FROM "${table}" WHERE rowid <= ${offsets.get(table)}`
    })
    await client.batch(statements, 'write')
  }
}
