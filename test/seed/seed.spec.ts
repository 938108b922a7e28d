import type { CollectionSlug } from 'payload'

import type { Author, Item } from '../../src/payload-types'
import { initPayload, type TestPayload } from '../helpers/initPayload'

let context: TestPayload
type Seed = typeof import('../../src/seed/index').seed
let seed: Seed
let firstReport: Awaited<ReturnType<Seed>>

const collections: CollectionSlug[] = ['series', 'sections', 'issues', 'items', 'authors', 'references', 'media', 'users']

async function snapshot(): Promise<Record<string, Array<{ id: number | string; updatedAt: string }>>> {
  const entries = await Promise.all(
    collections.map(async (collection) => {
      const { docs } = await context.payload.find({ collection, depth: 0, draft: true, limit: 0, pagination: false })
      return [collection, docs.map((doc) => ({ id: doc.id, updatedAt: (doc as { updatedAt: string }).updatedAt }))] as const
    }),
  )
  return Object.fromEntries(entries)
}

function nodesOfType(state: Item['body'], type: string): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = []
  const visit = (node: { children?: unknown[]; type?: string }) => {
    if (node.type === type) found.push(node as Record<string, unknown>)
    ;(node.children as Array<typeof node> | undefined)?.forEach(visit)
  }
  if (state?.root) visit(state.root as never)
  return found
}

beforeAll(async () => {
  context = await initPayload('seed')
  ;({ seed } = await import('../../src/seed/index'))
  firstReport = await seed(context.payload)
})
afterAll(async () => {
  await context?.close()
})

describe('the demo seed', () => {
  it('creates a series with two issues, one published and one in progress', async () => {
    const series = await context.payload.find({ collection: 'series' })
    expect(series.totalDocs).toBe(1)
    expect(series.docs[0]).toMatchObject({ title: expect.any(String), titleEn: expect.any(String) })
    const issues = await context.payload.find({ collection: 'issues', draft: true, sort: 'number' })
    expect(issues.docs.map((issue) => issue._status)).toEqual(['published', 'draft'])
    const publicIssues = await context.payload.find({ collection: 'issues', overrideAccess: false })
    expect(publicIssues.totalDocs).toBe(1)
  })

  it('fills at least five sections and twelve items, with an editor’s note', async () => {
    expect((await context.payload.count({ collection: 'sections' })).totalDocs).toBeGreaterThanOrEqual(5)
    expect((await context.payload.count({ collection: 'items' })).totalDocs).toBeGreaterThanOrEqual(12)
    const { docs } = await context.payload.find({ collection: 'issues', draft: true })
    expect(docs.some((issue) => issue.sections?.some((row) => row.editorsNote))).toBe(true)
  })

  it('has tables, figures, ten footnoted references and published-in citations', async () => {
    const { docs: items } = await context.payload.find({ collection: 'items', depth: 0, draft: true, limit: 0, pagination: false })
    expect(items.flatMap((item) => nodesOfType(item.body, 'table')).length).toBeGreaterThanOrEqual(1)
    expect(items.flatMap((item) => nodesOfType(item.body, 'upload')).length).toBeGreaterThanOrEqual(1)
    const cited = new Set(items.flatMap((item) => item.references ?? []).map(String))
    expect(cited.size).toBeGreaterThanOrEqual(10)
    expect(items.filter((item) => item.publishedIn?.journal).length).toBeGreaterThanOrEqual(2)
    expect((await context.payload.count({ collection: 'media' })).totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('credits at least four people, some on several items, and one source organisation', async () => {
    const { docs: items } = await context.payload.find({ collection: 'items', depth: 1, draft: true, limit: 0, pagination: false })
    const credits = items.flatMap((item) => item.credits ?? [])
    const people = credits.map((credit) => credit.contributor as Author).filter((author) => author.kind === 'person')
    const perPerson = new Map<string, number>()
    for (const person of people) perPerson.set(person.displayName, (perPerson.get(person.displayName) ?? 0) + 1)
    expect(perPerson.size).toBeGreaterThanOrEqual(4)
    expect([...perPerson.values()].some((count) => count >= 2)).toBe(true)
    expect(credits.some((credit) => credit.role === 'source' && (credit.contributor as Author).kind === 'organisation')).toBe(true)
  })

  it('creates the demo accounts from the environment, and they can sign in', async () => {
    expect(firstReport.accounts.map((account) => account.role).sort()).toEqual(['admin', 'editor', 'reviewer'])
    const admin = firstReport.accounts.find((account) => account.role === 'admin')!
    expect(admin.email).toBe(process.env.SEED_ADMIN_EMAIL)
    for (const { email, password, role } of firstReport.accounts) {
      const { user } = await context.payload.login({ collection: 'users', data: { email, password } })
      expect(user?.roles).toContain(role)
    }
  })

  it('changes nothing when it runs again', async () => {
    const before = await snapshot()
    const secondReport = await seed(context.payload)
    expect(secondReport.created).toBe(0)
    expect(secondReport.existing).toBe(firstReport.created + firstReport.existing)
    expect(await snapshot()).toEqual(before)
  })
})
