import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'

import { sqliteFile } from '../src/lib/databaseLocation'
import { inTransaction } from '../src/lib/inTransaction'
import { writeImportedIssue } from '../src/import/write/writeIssue'
import { rebuildSearchIndex } from '../src/search'
import { createUser } from '../test/helpers/fixtures'
import { initPayload } from '../test/helpers/initPayload'
import { sourcesDigest } from '../test/helpers/templateDatabase'
import { createTestDatabase, type TestDatabase } from '../test/helpers/testDatabase'
import { actAs } from '../test/helpers/workflow'
import { archiveIssue, copyArchiveYears, importArchive, ITEMS_PER_ISSUE } from './archive'

export const SERIES_SLUG = 'archive-bulletin'
const SEED_YEAR = 2025

type Login = { email: string; password: string }
export type Archive = {
  database: TestDatabase
  /** Published items and issues in the archive. */
  items: number
  issues: number
  /** An approved issue of 40 items, not yet published: the server's first write after its start. */
  approvedIssueID: number
  /** An issue of 40 items as the import leaves it, for the bench to review on the server before it publishes it. */
  unreviewedIssueID: number
  editor: Login
  reviewer: Login
  /** Seconds it took to build, when it was built in this run. */
  builtInSeconds?: number
}
type Kept = Omit<Archive, 'database' | 'builtInSeconds'>

/** What the archive is made from: the application and this bench's generator. */
const dependsOn = ['src', 'collections', 'access', 'globals', 'bench/archive.ts', 'bench/preparedArchive.ts']

async function build(database: TestDatabase, payload: Payload, items: number): Promise<Kept> {
  const admin = (await createUser(payload, ['admin'])).user
  const editor = await createUser(payload, ['editor'])
  const reviewer = await createUser(payload, ['reviewer'])
  await payload.create({
    collection: 'series',
    data: { title: '能源材料动态', titleEn: 'Energy Materials Bulletin', publisherInstitute: '滨海能源材料研究所', frequency: 'monthly', issueLabelStyle: 'bracket', slug: SERIES_SLUG },
  })
  const seedIssues = Math.min(12, Math.ceil(items / ITEMS_PER_ISSUE))
  await importArchive(payload, admin, SERIES_SLUG, {
    firstYear: SEED_YEAR,
    issues: seedIssues,
    onIssue: (done) => process.stdout.write(`\r  imported ${done}/${seedIssues} issues through the archive import`),
  })
  const copies = Math.max(0, Math.ceil(items / (seedIssues * ITEMS_PER_ISSUE)) - 1)
  process.stdout.write(`\n  copying them into ${copies} earlier years\n`)
  await copyArchiveYears(payload, SEED_YEAR, copies)
  const req = await createLocalReq({}, payload)
  const indexed = await inTransaction(req, () => rebuildSearchIndex(req))
  console.log(`  search index rebuilt: ${indexed} published items`)

  // The issues whose publication is measured, imported as drafts; the first reviewed as people would.
  const adminReq = await createLocalReq({ user: { ...admin, collection: 'users' } }, payload)
  const importDraft = (number: number) =>
    writeImportedIssue(adminReq, archiveIssue(seedIssues * (copies + 1) + number - 1), { series: SERIES_SLUG, year: SEED_YEAR + 1, number })
  const approved = await importDraft(1)
  const unreviewed = await importDraft(2)
  const { docs } = await payload.find({ collection: 'items', depth: 0, draft: true, pagination: false, where: { issue: { equals: approved.issue.id } } })
  for (const item of docs) {
    await actAs(payload, editor.user, { action: 'submit', collection: 'items', id: item.id })
    await actAs(payload, reviewer.user, { action: 'approve', collection: 'items', id: item.id })
  }
  await actAs(payload, editor.user, { action: 'submit', collection: 'issues', id: approved.issue.id })
  await actAs(payload, reviewer.user, { action: 'approve', collection: 'issues', id: approved.issue.id })
  return {
    items: indexed,
    issues: seedIssues * (copies + 1),
    approvedIssueID: Number(approved.issue.id),
    unreviewedIssueID: Number(unreviewed.issue.id),
    editor: { email: editor.email, password: editor.password },
    reviewer: { email: reviewer.email, password: reviewer.password },
  }
}

/**
 * An archive of about `items` published items (BENCH_ITEMS), in a SQLite database of its own. Built
 * once per version of the sources and kept in the system's temporary folder, as the test templates
 * are, so that a second run starts from a copy.
 */
export async function preparedArchive(items: number): Promise<Archive> {
  const kept = path.join(os.tmpdir(), `bulletin-bench-archive-${sourcesDigest(dependsOn)}-${items}`)
  if (existsSync(`${kept}.db`) && existsSync(`${kept}.json`)) {
    const database = await createTestDatabase('bench')
    cpSync(`${kept}.db`, sqliteFile(database.uri))
    // The process's settings, as initPayload would set them for the server to inherit.
    process.env.PAYLOAD_SECRET = 'test-secret-bench'
    return { database, ...(JSON.parse(readFileSync(`${kept}.json`, 'utf8')) as Kept) }
  }
  const started = performance.now()
  const context = await initPayload('bench')
  const built = await build(context.database, context.payload, items)
  const partial = `${kept}.${process.pid}.partial`
  rmSync(partial, { force: true })
  const client = (context.payload.db as unknown as { client: { execute: (sql: string) => Promise<unknown> } }).client
  await client.execute(`VACUUM INTO '${partial.replaceAll("'", "''")}'`)
  renameSync(partial, `${kept}.db`)
  writeFileSync(`${kept}.json`, JSON.stringify(built))
  await context.payload.destroy()
  return { database: context.database, ...built, builtInSeconds: Math.round((performance.now() - started) / 1000) }
}
