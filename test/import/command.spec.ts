import { readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { runImportCommand } from '../../src/import/command'
import { readText } from '../../src/import/readText'
import { recogniseIssue } from '../../src/import/recognise'
import { createUser } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { npmRun, type Run } from '../helpers/npmRun'
import { REFERENCE_BULLETIN } from '../helpers/referenceBulletin'

let context: TestPayload
let payload: Payload
let editorEmail: string

/** `npm run import -- …` as a person runs it, against the test's database. */
function npmImport(args: string[]): Promise<Run> {
  return npmRun('import', args, { DATABASE_URI: context.database.uri, MEDIA_DIR: context.database.mediaDirectory })
}

/** The same command in this process, on the test's Payload: for the refusals, which need no second process to show. */
async function importInProcess(args: string[]): Promise<Run> {
  let output = ''
  const append = (text: string) => (output += `${text}\n`)
  const code = await runImportCommand(args, async () => payload, { error: append, print: append })
  return { code, output }
}

async function stored() {
  const count = async (collection: 'authors' | 'issues' | 'items' | 'references' | 'sections') => (await payload.count({ collection })).totalDocs
  return { authors: await count('authors'), issues: await count('issues'), items: await count('items'), references: await count('references'), sections: await count('sections') }
}

const issueArgs = ['--series', 'advanced-materials', '--year', '2023', '--number', '1']

beforeAll(async () => {
  context = await initPayload('import-command')
  payload = context.payload
  await createUser(payload, ['admin'])
  editorEmail = (await createUser(payload, ['editor'])).email
  await payload.create({
    collection: 'series',
    data: { title: '材料动态', titleEn: 'Advanced Materials', slug: 'advanced-materials', publisherInstitute: '某研究所', frequency: 'monthly', issueLabelStyle: 'bracket' },
  })
})
afterAll(async () => {
  await context?.close()
})

describe('npm run import', () => {
  // The command itself, three times: importing, refusing (exit code 1), replacing.
  it('imports the reference bulletin as a draft, stops the second time, and replaces the draft with --replace', async () => {
    const recognised = recogniseIssue(readText(readFileSync(REFERENCE_BULLETIN, 'utf8')))
    const recognisedItems = recognised.sections.flatMap((section) => section.items)

    const first = await npmImport([REFERENCE_BULLETIN, ...issueArgs, '--date', '2023-03-14'])
    expect(first).toMatchObject({ code: 0 })
    // What a person reads: progress and the summary, no log records.
    expect(first.output).not.toContain('"level"')
    expect(first.output).toContain(`找到脚注：${recognised.footnotes.length} 条`)
    expect(first.output).toContain(`稿件 ${recognisedItems.length}/${recognisedItems.length} ${recognisedItems.at(-1)!.title}`)
    expect(first.output).toContain(`稿件 ${recognisedItems.length} 篇`)
    const link = /打开：(http\S+\/admin\/collections\/issues\/(\d+))/.exec(first.output)
    expect(link).not.toBeNull()

    const issue = await payload.findByID({ collection: 'issues', id: Number(link![2]), depth: 1, draft: true })
    expect(issue).toMatchObject({ _status: 'draft', workflowState: 'planning', year: 2023, number: 1, publicationDate: '2023-03-14T00:00:00.000Z' })
    expect(issue.sections?.map((row) => (row.section as { name: string }).name)).toEqual(['深度分析', '国际观察', '项目资助', '研究动态', '两会专题'])
    const { docs: items } = await payload.find({ collection: 'items', depth: 0, draft: true, pagination: false, where: { issue: { equals: issue.id } } })
    expect(items.map((item) => item.title).sort()).toEqual(recognisedItems.map((item) => item.title).sort())
    // Footnotes that print the same source twice are one reference.
    const created = Number(/新建参考文献 (\d+) 条/.exec(first.output)?.[1])
    expect((await stored()).references).toBe(created)
    expect(created).toBeGreaterThan(0)
    expect(created).toBeLessThanOrEqual(recognised.footnotes.length)
    expect(new Set(items.flatMap((item) => item.references ?? [])).size).toBeGreaterThan(0)

    const before = await stored()
    const again = await npmImport([REFERENCE_BULLETIN, ...issueArgs])
    expect(again.code).toBe(1)
    expect(again.output).toContain(`#${issue.id}`)
    expect(again.output).toContain('--replace')
    expect(await stored()).toEqual(before)

    const replaced = await npmImport([REFERENCE_BULLETIN, ...issueArgs, '--replace'])
    expect(replaced).toMatchObject({ code: 0 })
    expect(replaced.output).toContain(`已重写期刊 #${issue.id}`)
    expect(replaced.output).toContain(`新建参考文献 0 条，匹配已有 ${created} 条`)
    expect(await stored()).toEqual(before)
  })

  it('refuses with exit code 1 and creates nothing: unknown series, unreadable file, unknown format, --published for an editor', async () => {
    const before = await stored()
    const refusals: Array<[string[], string]> = [
      [[REFERENCE_BULLETIN, '--series', 'no-such-series', '--year', '2023', '--number', '2'], '没有刊物系列“no-such-series”'],
      [['/nonexistent/issue.pdf', ...issueArgs], '无法读取文件'],
      [[path.resolve(process.cwd(), 'package.json'), '--series', 'advanced-materials', '--year', '2023', '--number', '2'], '无法导入“'],
      [[REFERENCE_BULLETIN, '--series', 'advanced-materials', '--year', '2023', '--number', '2', '--published', '--as', editorEmail], '只有管理员'],
      [[REFERENCE_BULLETIN, '--series', 'advanced-materials'], 'Usage: npm run import'],
    ]
    for (const [args, message] of refusals) {
      const run = await importInProcess(args)
      expect({ args, code: run.code, refused: run.output.includes(message) }).toEqual({ args, code: 1, refused: true })
    }
    expect(await stored()).toEqual(before)
  })
})
