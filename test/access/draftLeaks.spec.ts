/**
 * Draft leaks: every way an anonymous reader might reach unpublished work, tried against content
 * made for the purpose. Unpublished titles, summaries, bodies and editor's notes carry marker
 * strings; no anonymous response may contain any marker, whatever the door (single and list reads,
 * ?draft=true, depth population, versions, GraphQL, where clauses, counts). Each vector is also
 * asked by an editor, who must see the marker through the same request: a vector that shows staff
 * nothing proves nothing for the public.
 */
import type { Payload } from 'payload'

import type { Issue, User } from '../../src/payload-types'
import { createUser, footnote, paragraph, richText, text, unique } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type JSONResponse, login, restClient } from '../helpers/rest'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { actAs, publishThroughWorkflow } from '../helpers/workflow'

type Client = ReturnType<typeof restClient>
type Doc = Record<string, unknown> & { id: number }
type ListBody = { docs?: Doc[]; totalDocs?: number }
type GraphQLError = { extensions?: { name?: string; statusCode?: number }; message: string }
type GraphQLBody = { data?: Record<string, unknown> | null; errors?: GraphQLError[] }

/** (a) a new draft item in the published issue */
const DRAFT = 'SECRET-DRAFT'
/** (b) an item submitted for review */
const REVIEW = 'SECRET-REVIEW'
/** (c) an unpublished correction of a published item */
const REVISION = 'SECRET-REVISION'
const REVISION_TITLE = '修订中…'
/** (d) an issue still in planning, and its draft item */
const PLANNING = 'SECRET-PLANNING'
/** the published issue's own correction draft (its editor's note) */
const CORRECTION = 'SECRET-CORRECTION'
/** staff-only records */
const COMMENT = 'SECRET-COMMENT'
const AUTHOR_EMAIL = 'secret-contact@research.example'
/** a reference cited only by the draft item, and a contributor credited only in the planning issue */
const SOURCE = 'SECRET-SOURCE'
const INTRANET = 'intranet.research.example'
const CONTRIBUTOR = 'SECRET-CONTRIBUTOR'

const PUBLISHED_TITLES = ['公开稿件甲', '公开稿件乙']

let context: TestPayload
let server: TestServer
let payload: Payload
let anonymous: Client
let editorClient: Client
const users = {} as Record<'admin' | 'editor' | 'otherEditor' | 'reviewer', User>

/** The documents the vectors point at. */
const ids = {} as {
  author: number
  comment: number
  correctedItem: number
  draftItem: number
  planningIssue: number
  planningItem: number
  publishedIssue: number
  publicReference: number
  publishedItems: number[]
  reviewItem: number
  secretContributor: number
  secretReference: number
  revisionVersion: number
  section: number
  secondSection: number
  series: number
}

/** Everything that must never reach the public, staff e-mail addresses included. */
function markers(): string[] {
  return [DRAFT, REVIEW, REVISION, REVISION_TITLE, PLANNING, CORRECTION, COMMENT, AUTHOR_EMAIL, SOURCE, INTRANET, CONTRIBUTOR, ...Object.values(users).map((user) => user.email)]
}

function leakedMarkers(response: JSONResponse<unknown>): string[] {
  const body = JSON.stringify(response.body)
  return markers().filter((marker) => body.includes(marker))
}

function graphql(client: Client, query: string): Promise<JSONResponse<GraphQLBody>> {
  return client.post<GraphQLBody>('/api/graphql', { query }, { 'Accept-Language': 'en' })
}

// ---------------------------------------------------------------------------------------------
// What the public may get back, besides no marker
// ---------------------------------------------------------------------------------------------

function expectNotFound(response: JSONResponse<unknown>): void {
  const body = response.body as GraphQLBody
  if (body?.errors && 'data' in body) {
    // GraphQL: an error for the field and no document.
    expect(body.errors.map((error) => error.extensions?.statusCode)).toEqual([404])
    expect(Object.values(body.data ?? {}).every((value) => value === null)).toBe(true)
  } else {
    expect(response.status).toBe(404)
  }
}

/** Refused (400 for a field that may not be queried, 403) or answered with nothing. */
function expectRefusedOrEmpty(response: JSONResponse<unknown>): void {
  const body = response.body as GraphQLBody & ListBody
  if (response.status === 400 || response.status === 403) return
  expect(response.status).toBe(200)
  if (body.errors?.length) {
    const statuses = body.errors.map((error) => error.extensions?.statusCode)
    expect(statuses.every((status) => status === 400 || status === 403)).toBe(true)
    expect(Object.values(body.data ?? {}).every((value) => value === null)).toBe(true)
    return
  }
  const lists = 'docs' in body ? [body] : Object.values(body.data ?? {}).map((value) => value as ListBody)
  for (const list of lists) {
    expect(list.docs ?? []).toEqual([])
    if (list.totalDocs !== undefined) expect(list.totalDocs).toBe(0)
  }
}

function docsOf(response: JSONResponse<unknown>, field?: string): Doc[] {
  const body = response.body as GraphQLBody & ListBody
  const list = field ? (body.data?.[field] as ListBody | undefined) : body
  return list?.docs ?? []
}

/** Exactly the published items, with their published titles. */
function expectPublishedItems(field?: string) {
  return (response: JSONResponse<unknown>) => {
    expect(response.status).toBe(200)
    const docs = docsOf(response, field)
    expect(docs.map((doc) => doc.id).sort()).toEqual([...ids.publishedItems].sort())
    expect(docs.map((doc) => doc.title).sort()).toEqual([...PUBLISHED_TITLES].sort())
  }
}

/** Exactly these documents, by id. */
function expectOnly(expected: () => number[], field?: string) {
  return (response: JSONResponse<unknown>) => {
    expect(response.status).toBe(200)
    expect(docsOf(response, field).map((doc) => Number(doc.id)).sort()).toEqual([...expected()].sort())
  }
}

function expectPublishedIssueOnly(field?: string) {
  return (response: JSONResponse<unknown>) => {
    expect(response.status).toBe(200)
    expect(docsOf(response, field).map((doc) => doc.id)).toEqual([ids.publishedIssue])
  }
}

/** The corrected item as the public saw it last: its published title. */
function expectPublishedText(field?: string) {
  return (response: JSONResponse<unknown>) => {
    expect(response.status).toBe(200)
    const body = response.body as GraphQLBody & Doc
    const doc = field ? (body.data?.[field] as Doc) : body
    expect(doc).toMatchObject({ id: field ? doc.id : ids.correctedItem, title: PUBLISHED_TITLES[0] })
  }
}

function expectStatus(status: number) {
  return (response: JSONResponse<unknown>) => expect(response.status).toBe(status)
}

function expectTotal(total: () => number, field?: string) {
  return (response: JSONResponse<unknown>) => {
    expect(response.status).toBe(200)
    const body = response.body as GraphQLBody & ListBody
    const list = field ? (body.data?.[field] as ListBody) : body
    expect(list.totalDocs).toBe(total())
  }
}

// ---------------------------------------------------------------------------------------------
// The vectors
// ---------------------------------------------------------------------------------------------

type Vector = {
  name: string
  probe: (client: Client) => Promise<JSONResponse<unknown>>
  /** What the public gets, besides no marker. */
  publicGets: (response: JSONResponse<unknown>) => void
  /** A marker the editor sees through the same request, so the vector is live. */
  staffSees?: string | (() => string)
}

const get = (path: string) => (client: Client) => client.get<unknown>(path)
const gql = (query: string) => (client: Client) => graphql(client, query)
/** The ids are only known once beforeAll ran, so paths that need them are built when probed. */
const getWith = (path: () => string) => (client: Client) => client.get<unknown>(path())
const gqlWith = (query: () => string) => (client: Client) => graphql(client, query())

const ITEM_FIELDS = 'id title summary body workflowState _status'

const vectors: Vector[] = [
  // --- single documents by id -----------------------------------------------------------------
  { name: 'GET /api/items/:draftItem', probe: getWith(() => `/api/items/${ids.draftItem}`), publicGets: expectNotFound, staffSees: DRAFT },
  { name: 'GET /api/items/:draftItem?draft=true', probe: getWith(() => `/api/items/${ids.draftItem}?draft=true`), publicGets: expectNotFound, staffSees: DRAFT },
  { name: 'GET /api/items/:itemInReview', probe: getWith(() => `/api/items/${ids.reviewItem}`), publicGets: expectNotFound, staffSees: REVIEW },
  { name: 'GET /api/items/:itemInReview?draft=true', probe: getWith(() => `/api/items/${ids.reviewItem}?draft=true`), publicGets: expectNotFound, staffSees: REVIEW },
  { name: 'GET /api/items/:planningItem?draft=true', probe: getWith(() => `/api/items/${ids.planningItem}?draft=true`), publicGets: expectNotFound, staffSees: PLANNING },
  { name: 'GET /api/items/:correctedItem', probe: getWith(() => `/api/items/${ids.correctedItem}`), publicGets: expectPublishedText() },
  {
    name: 'GET /api/items/:correctedItem?draft=true',
    probe: getWith(() => `/api/items/${ids.correctedItem}?draft=true`),
    publicGets: expectPublishedText(),
    staffSees: REVISION,
  },
  {
    name: 'GET /api/items/:correctedItem?draft=true&depth=2 (populates the issue under correction)',
    probe: getWith(() => `/api/items/${ids.correctedItem}?draft=true&depth=2`),
    publicGets: expectPublishedText(),
    staffSees: CORRECTION,
  },
  { name: 'GET /api/issues/:planningIssue', probe: getWith(() => `/api/issues/${ids.planningIssue}`), publicGets: expectNotFound, staffSees: PLANNING },
  { name: 'GET /api/issues/:planningIssue?draft=true', probe: getWith(() => `/api/issues/${ids.planningIssue}?draft=true`), publicGets: expectNotFound, staffSees: PLANNING },
  { name: 'GET /api/issues/:publishedIssue?depth=2', probe: getWith(() => `/api/issues/${ids.publishedIssue}?depth=2`), publicGets: expectStatus(200) },
  {
    name: 'GET /api/issues/:publishedIssue?draft=true&depth=2',
    probe: getWith(() => `/api/issues/${ids.publishedIssue}?draft=true&depth=2`),
    publicGets: expectStatus(200),
    staffSees: CORRECTION,
  },

  // --- lists, drafts and population -----------------------------------------------------------
  { name: 'GET /api/items', probe: get('/api/items?limit=100'), publicGets: expectPublishedItems(), staffSees: DRAFT },
  { name: 'GET /api/items?draft=true', probe: get('/api/items?draft=true&limit=100'), publicGets: expectPublishedItems(), staffSees: REVISION },
  { name: 'GET /api/items?depth=2', probe: get('/api/items?depth=2&limit=100'), publicGets: expectPublishedItems(), staffSees: AUTHOR_EMAIL },
  { name: 'GET /api/items?draft=true&depth=2', probe: get('/api/items?draft=true&depth=2&limit=100'), publicGets: expectPublishedItems(), staffSees: CORRECTION },
  { name: 'GET /api/issues?draft=true&depth=2', probe: get('/api/issues?draft=true&depth=2&limit=100'), publicGets: expectPublishedIssueOnly(), staffSees: PLANNING },

  // --- versions ---------------------------------------------------------------------------------
  { name: 'GET /api/items/versions', probe: get('/api/items/versions?limit=100'), publicGets: expectRefusedOrEmpty, staffSees: REVISION },
  {
    name: 'GET /api/items/versions?where[parent][equals]=:correctedItem',
    probe: getWith(() => `/api/items/versions?where[parent][equals]=${ids.correctedItem}`),
    publicGets: expectRefusedOrEmpty,
    staffSees: REVISION,
  },
  {
    name: 'GET /api/items/versions/:revisionVersion',
    probe: getWith(() => `/api/items/versions/${ids.revisionVersion}`),
    publicGets: (response) => expect([403, 404]).toContain(response.status),
    staffSees: REVISION,
  },
  { name: 'GET /api/issues/versions', probe: get('/api/issues/versions?limit=100'), publicGets: expectRefusedOrEmpty, staffSees: CORRECTION },

  // --- where clauses on workflow and hidden fields ------------------------------------------------
  { name: 'GET /api/items?draft=true&where[_status][equals]=draft', probe: get('/api/items?draft=true&where[_status][equals]=draft'), publicGets: expectRefusedOrEmpty, staffSees: DRAFT },
  {
    name: 'GET /api/items?where[workflowState][in]=draft,in_review',
    probe: get('/api/items?where[workflowState][in][0]=draft&where[workflowState][in][1]=in_review'),
    publicGets: expectRefusedOrEmpty,
    staffSees: REVIEW,
  },
  {
    name: 'GET /api/items?draft=true&where[workflowState][equals]=in_review',
    probe: get('/api/items?draft=true&where[workflowState][equals]=in_review'),
    publicGets: expectRefusedOrEmpty,
    staffSees: REVIEW,
  },
  { name: 'GET /api/items?draft=true&where[title][like]=SECRET', probe: get('/api/items?draft=true&where[title][like]=SECRET'), publicGets: expectRefusedOrEmpty, staffSees: DRAFT },
  {
    name: 'GET /api/items?draft=true&where[summary][like]=SECRET-REVISION',
    probe: get(`/api/items?draft=true&where[summary][like]=${REVISION}`),
    publicGets: expectRefusedOrEmpty,
    staffSees: REVISION,
  },
  { name: 'GET /api/issues?where[workflowState][equals]=planning', probe: get('/api/issues?where[workflowState][equals]=planning'), publicGets: expectRefusedOrEmpty, staffSees: PLANNING },
  { name: 'GET /api/authors?where[email][exists]=true', probe: get('/api/authors?where[email][exists]=true'), publicGets: expectRefusedOrEmpty, staffSees: AUTHOR_EMAIL },
  { name: 'GET /api/authors?where[email][like]=secret', probe: get('/api/authors?where[email][like]=secret'), publicGets: expectRefusedOrEmpty, staffSees: AUTHOR_EMAIL },
  { name: 'GET /api/authors?where[user][exists]=true', probe: get('/api/authors?where[user][exists]=true'), publicGets: expectRefusedOrEmpty, staffSees: AUTHOR_EMAIL },
  {
    name: 'GET /api/items?where[credits.contributor.email][like]=secret (through a relationship)',
    probe: get('/api/items?where[credits.contributor.email][like]=secret'),
    publicGets: expectRefusedOrEmpty,
    staffSees: AUTHOR_EMAIL,
  },
  {
    name: 'GET /api/items?where[createdBy.email][exists]=true (staff accounts through a relationship)',
    probe: get('/api/items?where[createdBy.email][exists]=true'),
    publicGets: expectRefusedOrEmpty,
    staffSees: () => users.editor.email,
  },

  // --- shared documents: public once a published item shows them ---------------------------------
  { name: 'GET /api/references', probe: get('/api/references?limit=100'), publicGets: expectOnly(() => [ids.publicReference]), staffSees: SOURCE },
  { name: 'GET /api/references/:secretReference', probe: getWith(() => `/api/references/${ids.secretReference}`), publicGets: expectNotFound, staffSees: SOURCE },
  { name: 'GET /api/references?where[url][like]=intranet', probe: get(`/api/references?where[url][like]=${INTRANET}`), publicGets: expectRefusedOrEmpty, staffSees: INTRANET },
  { name: 'GraphQL References', probe: gql('{ References(limit: 100) { docs { id title url } } }'), publicGets: expectOnly(() => [ids.publicReference], 'References'), staffSees: SOURCE },
  { name: 'GET /api/authors', probe: get('/api/authors?limit=100'), publicGets: expectOnly(() => [ids.author]), staffSees: CONTRIBUTOR },
  { name: 'GET /api/authors/:secretContributor', probe: getWith(() => `/api/authors/${ids.secretContributor}`), publicGets: expectNotFound, staffSees: CONTRIBUTOR },
  { name: 'GraphQL Authors', probe: gql('{ Authors(limit: 100) { docs { id displayName } } }'), publicGets: expectOnly(() => [ids.author], 'Authors'), staffSees: CONTRIBUTOR },
  {
    name: 'GET /api/items/:planningItem?draft=true&depth=2 (populated credits)',
    probe: getWith(() => `/api/items/${ids.planningItem}?draft=true&depth=2`),
    publicGets: expectNotFound,
    staffSees: CONTRIBUTOR,
  },

  // --- counts -------------------------------------------------------------------------------------
  { name: 'GET /api/items totalDocs', probe: get('/api/items?limit=1'), publicGets: expectTotal(() => ids.publishedItems.length) },
  { name: 'GET /api/items?draft=true totalDocs', probe: get('/api/items?draft=true&limit=1'), publicGets: expectTotal(() => ids.publishedItems.length) },
  { name: 'GET /api/items/count', probe: get('/api/items/count'), publicGets: expectTotal(() => ids.publishedItems.length) },
  { name: 'GET /api/issues/count', probe: get('/api/issues/count'), publicGets: expectTotal(() => 1) },

  // --- GraphQL ------------------------------------------------------------------------------------
  { name: 'GraphQL Items(draft: true)', probe: gql(`{ Items(draft: true, limit: 100) { totalDocs docs { ${ITEM_FIELDS} } } }`), publicGets: expectPublishedItems('Items'), staffSees: REVISION },
  {
    name: 'GraphQL Items with issue(draft: true) populated',
    probe: gql('{ Items(limit: 100) { docs { id title issue(draft: true) { id workflowState sections { editorsNote } } } } }'),
    publicGets: expectPublishedItems('Items'),
    staffSees: CORRECTION,
  },
  { name: 'GraphQL Item(id: draftItem, draft: true)', probe: gqlWith(() => `{ Item(id: ${ids.draftItem}, draft: true) { ${ITEM_FIELDS} } }`), publicGets: expectNotFound, staffSees: DRAFT },
  { name: 'GraphQL Item(id: itemInReview, draft: true)', probe: gqlWith(() => `{ Item(id: ${ids.reviewItem}, draft: true) { ${ITEM_FIELDS} } }`), publicGets: expectNotFound, staffSees: REVIEW },
  {
    name: 'GraphQL Item(id: correctedItem, draft: true)',
    probe: gqlWith(() => `{ Item(id: ${ids.correctedItem}, draft: true) { ${ITEM_FIELDS} } }`),
    publicGets: expectPublishedText('Item'),
    staffSees: REVISION,
  },
  { name: 'GraphQL versionsItems', probe: gql('{ versionsItems(limit: 100) { docs { id version { title summary } } } }'), publicGets: expectRefusedOrEmpty, staffSees: REVISION },
  {
    name: 'GraphQL versionItem(id: revisionVersion)',
    probe: gqlWith(() => `{ versionItem(id: ${ids.revisionVersion}) { id version { title summary } } }`),
    publicGets: (response) => {
      const body = response.body as GraphQLBody
      expect(body.data?.versionItem ?? null).toBeNull()
      expect(body.errors).toHaveLength(1)
      expect([403, 404]).toContain(body.errors?.[0].extensions?.statusCode)
    },
    staffSees: REVISION,
  },
  {
    name: 'GraphQL Issues(draft: true)',
    probe: gql('{ Issues(draft: true, limit: 100) { totalDocs docs { id workflowState sections { editorsNote } } } }'),
    publicGets: expectPublishedIssueOnly('Issues'),
    staffSees: PLANNING,
  },
  { name: 'GraphQL Issue(id: planningIssue, draft: true)', probe: gqlWith(() => `{ Issue(id: ${ids.planningIssue}, draft: true) { id sections { editorsNote } } }`), publicGets: expectNotFound, staffSees: PLANNING },
  { name: 'GraphQL versionsIssues', probe: gql('{ versionsIssues(limit: 100) { docs { id version { sections { editorsNote } } } } }'), publicGets: expectRefusedOrEmpty, staffSees: CORRECTION },
  {
    name: 'GraphQL Items(draft: true, where: { _status: { equals: draft } })',
    probe: gql(`{ Items(draft: true, where: { _status: { equals: draft } }) { totalDocs docs { ${ITEM_FIELDS} } } }`),
    publicGets: expectRefusedOrEmpty,
    staffSees: DRAFT,
  },
  {
    name: 'GraphQL Items(where: { workflowState: { equals: in_review } })',
    probe: gql(`{ Items(draft: true, where: { workflowState: { equals: in_review } }) { totalDocs docs { ${ITEM_FIELDS} } } }`),
    publicGets: expectRefusedOrEmpty,
    staffSees: REVIEW,
  },
  { name: 'GraphQL Authors(where: { email: { exists: true } })', probe: gql('{ Authors(where: { email: { exists: true } }) { totalDocs docs { id email } } }'), publicGets: expectRefusedOrEmpty, staffSees: AUTHOR_EMAIL },
  { name: 'GraphQL countItems(draft: true)', probe: gql('{ countItems(draft: true) { totalDocs } }'), publicGets: expectTotal(() => ids.publishedItems.length, 'countItems') },

  // --- staff-only records ---------------------------------------------------------------------------
  { name: 'GET /api/review-comments', probe: get('/api/review-comments'), publicGets: expectStatus(403), staffSees: COMMENT },
  { name: 'GET /api/review-comments/:id', probe: getWith(() => `/api/review-comments/${ids.comment}`), publicGets: expectStatus(403), staffSees: COMMENT },
  { name: 'GraphQL ReviewComments', probe: gql('{ ReviewComments { docs { text } } }'), publicGets: expectRefusedOrEmpty, staffSees: COMMENT },
  { name: 'GET /api/audit-log', probe: get('/api/audit-log?limit=100'), publicGets: expectStatus(403), staffSees: REVIEW },
  { name: 'GET /api/audit-log?where[documentTitle][like]=SECRET', probe: get('/api/audit-log?where[documentTitle][like]=SECRET'), publicGets: expectStatus(403), staffSees: REVIEW },
  { name: 'GraphQL AuditLogs', probe: gql('{ AuditLogs(limit: 100) { docs { documentTitle note } } }'), publicGets: expectRefusedOrEmpty, staffSees: REVIEW },
  { name: 'GET /api/items/:draftItem/workflow', probe: getWith(() => `/api/items/${ids.draftItem}/workflow`), publicGets: expectStatus(403) },
  { name: 'GET /api/users', probe: get('/api/users'), publicGets: expectStatus(403), staffSees: () => users.reviewer.email },
  // Locks name the document being edited; preferences hold staff's list settings.
  { name: 'GET /api/payload-locked-documents', probe: get('/api/payload-locked-documents?depth=2'), publicGets: expectStatus(403) },
  { name: 'GET /api/payload-preferences', probe: get('/api/payload-preferences'), publicGets: expectStatus(403) },

  // --- doors that copy or render a document ---------------------------------------------------------
  // Anonymous only: the staff side of these would write (a duplicate) or needs a browser session.
  {
    name: 'POST /api/items/:draftItem/duplicate',
    probe: (client) => client.post<unknown>(`/api/items/${ids.draftItem}/duplicate`, {}),
    publicGets: expectStatus(403),
  },
  {
    name: 'GraphQL duplicateItem(id: draftItem)',
    probe: gqlWith(() => `mutation { duplicateItem(id: ${ids.draftItem}, data: { title: "copy", workflowState: draft }) { ${ITEM_FIELDS} } }`),
    publicGets: expectRefusedOrEmpty,
  },
  { name: 'GET /admin/collections/items/:draftItem (the admin page)', probe: getWith(() => `/admin/collections/items/${ids.draftItem}`), publicGets: () => undefined },
]

// ---------------------------------------------------------------------------------------------
// One server and one Payload for the whole file
// ---------------------------------------------------------------------------------------------

type ItemPlan = { alsoCredits?: number; body?: string; cites?: number; issue: number; section?: number; summary?: string; title: string }

async function newItem(data: ItemPlan, by?: User): Promise<number> {
  const item = await payload.create({
    collection: 'items',
    data: {
      title: data.title,
      issue: data.issue,
      section: data.section ?? ids.section,
      summary: data.summary,
      body: data.body || data.cites ? richText(paragraph(text(data.body ?? data.title), ...(data.cites ? [footnote(data.cites)] : []))) : undefined,
      credits: [{ contributor: ids.author, role: 'written' }, ...(data.alsoCredits ? [{ contributor: data.alsoCredits, role: 'compiled' as const }] : [])],
    },
    draft: true,
    // Created as the editor, so that createdBy points at a staff account (a vector of its own).
    user: by ? { ...by, collection: 'users' } : undefined,
  })
  return item.id
}

async function newIssue(number: number, editorsNote?: string): Promise<number> {
  const issue = await payload.create({
    collection: 'issues',
    data: {
      series: ids.series,
      year: 2026,
      number,
      editors: [users.editor.id],
      sections: [
        { section: ids.section, editorsNote: editorsNote ? richText(paragraph(text(editorsNote))) : undefined },
        { section: ids.secondSection },
      ],
    },
    draft: true,
  })
  return issue.id
}

beforeAll(async () => {
  context = await initPayload('draft-leaks')
  payload = context.payload
  // The first account on an empty database is always made an administrator, so the admin comes first.
  const accounts = {
    admin: await createUser(payload, ['admin']),
    editor: await createUser(payload, ['editor']),
    reviewer: await createUser(payload, ['reviewer']),
    otherEditor: await createUser(payload, ['editor']),
  }
  for (const [name, account] of Object.entries(accounts)) users[name as keyof typeof users] = account.user
  server = await startTestServer(context.database)
  anonymous = restClient(server.baseURL)
  editorClient = restClient(server.baseURL, await login(server.baseURL, accounts.editor.email, accounts.editor.password))

  const tag = unique('leaks')
  ids.series = (await payload.create({ collection: 'series', data: { title: `动态 ${tag}`, publisherInstitute: '研究所', frequency: 'monthly', issueLabelStyle: 'bracket' } })).id
  ids.section = (await payload.create({ collection: 'sections', data: { name: `研究动态 ${tag}` } })).id
  ids.secondSection = (await payload.create({ collection: 'sections', data: { name: `国际观察 ${tag}` } })).id
  // A contributor whose e-mail is staff-only, linked to the editor's login.
  ids.author = (await payload.create({ collection: 'authors', data: { displayName: `黄 健 ${tag}`, kind: 'person', email: AUTHOR_EMAIL, user: users.editor.id } })).id

  ids.publicReference = (await payload.create({ collection: 'references', data: { kind: 'web_news', title: `公开来源 ${tag}`, url: `https://news.example.org/${tag}` } })).id
  ids.secretReference = (await payload.create({ collection: 'references', data: { kind: 'report', title: `${SOURCE} 内部报告`, url: `https://${INTRANET}/reports/${tag}` } })).id
  ids.secretContributor = (await payload.create({ collection: 'authors', data: { displayName: `${CONTRIBUTOR} 内部作者`, kind: 'person' } })).id

  // The published issue and its published items.
  ids.publishedIssue = await newIssue(1)
  ids.publishedItems = [
    await newItem({ issue: ids.publishedIssue, title: PUBLISHED_TITLES[0], summary: '公开摘要甲', body: '公开正文甲', cites: ids.publicReference }, users.editor),
    await newItem({ issue: ids.publishedIssue, title: PUBLISHED_TITLES[1], summary: '公开摘要乙', body: '公开正文乙', section: ids.secondSection }, users.editor),
  ]
  await publishThroughWorkflow(payload, ids.publishedIssue, { editor: users.editor, reviewer: users.reviewer })

  // (a) a new draft item in the published issue (which opens a correction of the issue)
  ids.draftItem = await newItem({ issue: ids.publishedIssue, title: `${DRAFT} 新增稿件`, summary: `${DRAFT} 摘要`, body: `${DRAFT} 正文`, cites: ids.secretReference }, users.editor)
  // (b) an item submitted for review
  ids.reviewItem = await newItem({ issue: ids.publishedIssue, title: `${REVIEW} 待审稿件`, summary: `${REVIEW} 摘要`, body: `${REVIEW} 正文` }, users.editor)
  await actAs(payload, users.editor, { action: 'submit', collection: 'items', id: ids.reviewItem })
  // (c) an unpublished correction: the public must keep seeing the published text
  ids.correctedItem = ids.publishedItems[0]
  await payload.update({ collection: 'items', id: ids.correctedItem, data: { title: REVISION_TITLE, summary: REVISION, body: richText(paragraph(text(`${REVISION} 正文`))) }, draft: true })
  const { docs: versions } = await payload.findVersions({ collection: 'items', limit: 1, sort: '-updatedAt', where: { parent: { equals: ids.correctedItem } } })
  ids.revisionVersion = Number(versions[0].id)
  // The published issue's own correction: a new editor's note, saved as a draft.
  const published = (await payload.findByID({ collection: 'issues', id: ids.publishedIssue, depth: 0, draft: true })) as Issue
  await payload.update({
    collection: 'issues',
    id: ids.publishedIssue,
    data: { sections: (published.sections ?? []).map((row, index) => ({ ...row, editorsNote: index === 0 ? richText(paragraph(text(`${CORRECTION} 编者按`))) : row.editorsNote })) },
    draft: true,
  })
  // (d) a separate issue still in planning, with a draft item
  ids.planningIssue = await newIssue(2, `${PLANNING} 编者按`)
  ids.planningItem = await newItem(
    { issue: ids.planningIssue, title: `${PLANNING} 稿件`, summary: `${PLANNING} 摘要`, body: `${PLANNING} 正文`, alsoCredits: ids.secretContributor },
    users.editor,
  )
  // A reviewer's comment on the draft.
  ids.comment = (await payload.create({ collection: 'review-comments', data: { target: { relationTo: 'items', value: ids.draftItem }, text: `${COMMENT} 请核实数据`, author: users.reviewer.id } })).id
})

afterAll(async () => {
  await server?.stop()
  await context?.close()
})

describe('the fixtures are what the vectors assume', () => {
  it('has two published items, one of them with an unpublished revision, and a published issue under correction', async () => {
    const { docs } = await payload.find({ collection: 'items', depth: 0, pagination: false, where: { _status: { equals: 'published' } } })
    expect(docs.map((doc) => doc.id).sort()).toEqual([...ids.publishedItems].sort())
    const revised = await payload.findByID({ collection: 'items', id: ids.correctedItem, depth: 0, draft: true })
    expect(revised).toMatchObject({ title: REVISION_TITLE, workflowState: 'draft' })
    const review = await payload.findByID({ collection: 'items', id: ids.reviewItem, depth: 0, draft: true })
    expect(review.workflowState).toBe('in_review')
    const issue = await payload.findByID({ collection: 'issues', id: ids.publishedIssue, depth: 0, draft: true })
    expect(issue).toMatchObject({ _status: 'draft', workflowState: 'correction' })
  })
})

describe('withdrawal', () => {
  // It publishes an issue of its own and withdraws it: afterwards the public record is as before,
  // which the last expectation checks, so the probes below see the same published items in any order.
  it('takes every item of a withdrawn issue off the public record, one with a pending revision included', async () => {
    const issue = await newIssue(3)
    const withdrawnSource = (await payload.create({ collection: 'references', data: { kind: 'web_news', title: 'WITHDRAWN-SOURCE', url: 'https://news.example.org/withdrawn' } })).id
    const items = [
      await newItem({ issue, title: 'WITHDRAWN-ONE 将撤回稿件甲', cites: withdrawnSource }, users.editor),
      await newItem({ issue, title: 'WITHDRAWN-TWO 将撤回稿件乙', section: ids.secondSection }, users.editor),
    ]
    await publishThroughWorkflow(payload, issue, { editor: users.editor, reviewer: users.reviewer })
    expect((await anonymous.get(`/api/items/${items[0]}`)).status).toBe(200)
    expect((await anonymous.get(`/api/references/${withdrawnSource}`)).status).toBe(200)
    // A correction is under way on the first item when the issue is withdrawn.
    await payload.update({ collection: 'items', id: items[0], data: { summary: '撤回前的修订' }, draft: true })
    await actAs(payload, users.admin, { action: 'withdraw', collection: 'issues', id: issue, reason: '数据来源有误' })

    expect((await anonymous.get(`/api/issues/${issue}`)).status).toBe(404)
    const statuses = await Promise.all(items.map(async (id) => (await anonymous.get(`/api/items/${id}`)).status))
    expect(statuses).toEqual([404, 404])
    const list = await anonymous.get<ListBody>('/api/items?limit=100')
    expect(JSON.stringify(list.body)).not.toContain('WITHDRAWN')
    expect(list.body.totalDocs).toBe(ids.publishedItems.length)
    expect((await anonymous.get(`/api/references/${withdrawnSource}`)).status).toBe(404)
  })
})

describe('no unpublished work reaches an anonymous reader', () => {
  it.each(vectors)('$name', async ({ probe, publicGets, staffSees }) => {
    const response = await probe(anonymous)
    expect(leakedMarkers(response)).toEqual([])
    publicGets(response)
    if (staffSees) {
      // The same request from an editor does show the unpublished work: the vector is live.
      const staffResponse = await probe(editorClient)
      expect(JSON.stringify(staffResponse.body)).toContain(typeof staffSees === 'function' ? staffSees() : staffSees)
    }
  })
})
