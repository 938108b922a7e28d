/**
 * The items list's filters (state, issue, section, credited contributor) over HTTP, sent the way
 * the admin sends them: Payload's `where[or][0][and][…]` built by the quick-filter bar, with
 * `draft=true` as the admin's list reads. Editors get exactly the matching items, drafts included;
 * the public, asking the same, gets published items only.
 */
import type { Where } from 'payload'

import { withQuickFilter } from '../../src/components/ItemQuickFilters/quickFilterWhere'
import type { Issue, Item, User } from '../../src/payload-types'
import { createScaffold, createUser, type Scaffold } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { login, restClient } from '../helpers/rest'
import { type InProcessServer, startInProcessServer } from '../helpers/restClient'
import { actAs, publishThroughWorkflow } from '../helpers/workflow'

type Client = ReturnType<typeof restClient>
type Filters = Partial<Record<'contributor' | 'issue' | 'section' | 'state', number | string>>

const paths = { contributor: 'credits.contributor', issue: 'issue', section: 'section', state: 'workflowState' } as const

let context: TestPayload
let server: InProcessServer
let editor: Client
let anonymous: Client
let scaffold: Scaffold
let publishedIssue: Issue
const users = {} as Record<'editor' | 'reviewer', User>

/** `a[b][c]=v` pairs, as qs (the admin's serializer) writes nested objects and arrays. */
function bracketed(value: unknown, prefix: string, into: URLSearchParams): URLSearchParams {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) bracketed(inner, `${prefix}[${key}]`, into)
  } else {
    into.append(prefix, String(value))
  }
  return into
}

function whereOf(filters: Filters): Where {
  return Object.entries(filters).reduce<Where>((where, [name, value]) => withQuickFilter(where, paths[name as keyof Filters], String(value)), {})
}

/** The titles the items list shows for these quick filters, sorted. */
async function listed(client: Client, filters: Filters): Promise<string[]> {
  const query = bracketed(whereOf(filters), 'where', new URLSearchParams({ depth: '0', draft: 'true', limit: '100' }))
  const { body, status } = await client.get<{ docs: Item[] }>(`/api/items?${query}`)
  expect(status).toBe(200)
  return body.docs.map((item) => item.title).sort()
}

async function createItem(title: string, issue: Issue, section: number, credits: Item['credits']): Promise<Item> {
  return context.payload.create({
    collection: 'items',
    data: { title, issue: issue.id, section, credits },
    draft: true,
    user: { ...users.editor, collection: 'users' },
  })
}

beforeAll(async () => {
  context = await initPayload('list-filters')
  const { payload } = context
  users.editor = (await createUser(payload, ['editor'])).user
  users.reviewer = (await createUser(payload, ['reviewer'])).user
  const editorLogin = await createUser(payload, ['editor'])
  scaffold = await createScaffold(payload, 2026, 1)
  const [person, organisation] = scaffold.authors.map((author) => author.id)
  const [research, world] = scaffold.sections.map((section) => section.id)
  publishedIssue = await payload.create({
    collection: 'issues',
    data: { series: scaffold.series.id, year: 2026, number: 2, sections: [{ section: research }, { section: world }] },
    draft: true,
  })

  await createItem('已发布·研究', publishedIssue, research, [{ contributor: person, role: 'compiled' }])
  await createItem('已发布·国际', publishedIssue, world, [{ contributor: organisation, role: 'source' }])
  await publishThroughWorkflow(payload, publishedIssue.id, users)

  await createItem('草稿·研究', scaffold.issue, research, [{ contributor: person, role: 'compiled' }])
  const inReview = await createItem('审核中·国际', scaffold.issue, world, [
    { contributor: person, role: 'written' },
    { contributor: organisation, role: 'reviewed' },
  ])
  await actAs(payload, users.editor, { action: 'submit', collection: 'items', id: inReview.id })
  await createItem('草稿·转载', scaffold.issue, research, [{ contributor: organisation, role: 'source' }])

  server = await startInProcessServer(context.payload)
  editor = restClient(server.baseURL, await login(server.baseURL, editorLogin.email, editorLogin.password))
  anonymous = restClient(server.baseURL)
}, 180_000)

afterAll(async () => {
  await server?.stop()
  await context?.close()
})

describe('the items list filters, as an editor', () => {
  it('filters by credited contributor, whatever the role and position in the credits', async () => {
    const [person, organisation] = scaffold.authors
    await expect(listed(editor, { contributor: person.id })).resolves.toEqual(['审核中·国际', '已发布·研究', '草稿·研究'].sort())
    await expect(listed(editor, { contributor: organisation.id })).resolves.toEqual(['审核中·国际', '已发布·国际', '草稿·转载'].sort())
  })

  it('filters by workflow state', async () => {
    await expect(listed(editor, { state: 'draft' })).resolves.toEqual(['草稿·研究', '草稿·转载'].sort())
    await expect(listed(editor, { state: 'in_review' })).resolves.toEqual(['审核中·国际'])
    await expect(listed(editor, { state: 'published' })).resolves.toEqual(['已发布·研究', '已发布·国际'].sort())
    await expect(listed(editor, { state: 'approved' })).resolves.toEqual([])
  })

  it('filters by issue and by section', async () => {
    await expect(listed(editor, { issue: scaffold.issue.id })).resolves.toEqual(['审核中·国际', '草稿·研究', '草稿·转载'].sort())
    await expect(listed(editor, { issue: publishedIssue.id })).resolves.toEqual(['已发布·研究', '已发布·国际'].sort())
    await expect(listed(editor, { section: scaffold.sections[0].id })).resolves.toEqual(['已发布·研究', '草稿·研究', '草稿·转载'].sort())
  })

  it('combines filters with "and"', async () => {
    const [person, organisation] = scaffold.authors
    await expect(listed(editor, { contributor: person.id, issue: scaffold.issue.id, section: scaffold.sections[0].id })).resolves.toEqual(['草稿·研究'])
    await expect(listed(editor, { contributor: organisation.id, state: 'draft' })).resolves.toEqual(['草稿·转载'])
    await expect(listed(editor, { contributor: organisation.id, state: 'published', section: scaffold.sections[0].id })).resolves.toEqual([])
  })
})

describe('the same filters, asked anonymously', () => {
  it('never reveal drafts or items in review, only published items', async () => {
    const [person, organisation] = scaffold.authors
    await expect(listed(anonymous, { contributor: person.id })).resolves.toEqual(['已发布·研究'])
    await expect(listed(anonymous, { contributor: organisation.id })).resolves.toEqual(['已发布·国际'])
    await expect(listed(anonymous, { state: 'draft' })).resolves.toEqual([])
    await expect(listed(anonymous, { state: 'in_review' })).resolves.toEqual([])
    await expect(listed(anonymous, { issue: scaffold.issue.id })).resolves.toEqual([])
    await expect(listed(anonymous, { contributor: person.id, issue: scaffold.issue.id })).resolves.toEqual([])
    await expect(listed(anonymous, { state: 'published' })).resolves.toEqual(['已发布·研究', '已发布·国际'].sort())
  })

  it('do not even count the hidden items', async () => {
    const query = bracketed(whereOf({ issue: scaffold.issue.id }), 'where', new URLSearchParams({ draft: 'true' }))
    const { body } = await anonymous.get<{ totalDocs: number }>(`/api/items/count?${query}`)
    expect(body.totalDocs).toBe(0)
    const asEditor = await editor.get<{ totalDocs: number }>(`/api/items/count?${query}`)
    expect(asEditor.body.totalDocs).toBe(3)
  })
})
