/**
 * The whole access matrix from the outside: anonymous, editor, reviewer and admin × every
 * collection × create, read, update and delete, through REST and through GraphQL, against the real
 * production server. Every cell is its own test, generated from the tables below, which state the
 * intended rules; access/ and collections/ are what is being checked.
 *
 * Writes never share a document: each write cell gets a fresh one, so a write that is wrongly let
 * through cannot spoil a neighbouring cell, and each write cell also checks through the Local API
 * whether the change really happened (a 403 that still wrote something would be a bug too).
 *
 * GraphQL note: the GraphQL route builds its schema and resolvers from the config compiled into the
 * Next build (.next), while REST runs on the config the server loaded from source. After a code
 * change the GraphQL cells therefore test the last `next build` until the app is rebuilt.
 */
import { type CollectionSlug, createLocalReq, type Payload, type RequestContext, type Where } from 'payload'

import type { User } from '../../src/payload-types'
import { recordAudit } from '../../src/workflow/audit'
import { createUser, unique } from '../helpers/fixtures'
import { chartPNG, pngFile } from '../helpers/images'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type JSONResponse, login, restClient } from '../helpers/rest'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { publishThroughWorkflow } from '../helpers/workflow'

type Role = 'admin' | 'anonymous' | 'editor' | 'reviewer'
type StaffRole = Exclude<Role, 'anonymous'>
type Transport = 'GraphQL' | 'REST'
type Client = ReturnType<typeof restClient>
type Fields = Record<string, unknown>

type GraphQLError = { extensions?: { name?: string; statusCode?: number }; message: string }
type GraphQLBody = { data?: Record<string, unknown> | null; errors?: GraphQLError[] }
type ErrorBody = { errors?: Array<{ data?: { en?: string }; message: string }> }
type ListBody = { docs?: Array<{ id: number }> }

const ROLES: readonly Role[] = ['anonymous', 'editor', 'reviewer', 'admin']
const TRANSPORTS: readonly Transport[] = ['REST', 'GraphQL']

const ALLOWED = 'allowed'
const FORBIDDEN = 'forbidden'
const NOT_FOUND = 'not found'
const EVERYTHING = 'everything'

let context: TestPayload
let server: TestServer
let payload: Payload
let png: Buffer
const tokens: Partial<Record<Role, string>> = {}
const clients = {} as Record<Role, Client>
let otherEditorClient: Client
/** The staff, plus a second editor for the rules that depend on who owns what. */
const users = {} as Record<StaffRole | 'otherEditor', User>

/** Documents the read cells look at; created once in beforeAll. */
const shared = {} as {
  auditEntries: number[]
  author: number
  comments: { byEditor: number; byReviewer: number }
  draftIssue: number
  draftItem: number
  publishedIssue: number
  publishedItem: number
  read: Partial<Record<CollectionSlug, number>>
  section: number
  series: number
}

const AUTHOR_EMAIL = 'contributor-private@test.example'

// ---------------------------------------------------------------------------------------------
// Fixtures through the Local API (trusted server code, access not applied)
// ---------------------------------------------------------------------------------------------

/** The tables describe documents as plain JSON, the shape REST and GraphQL take, so the Local API is called untyped here. */
async function createDoc(
  collection: CollectionSlug,
  data: Fields,
  options: { context?: RequestContext; draft?: boolean; file?: ReturnType<typeof pngFile> } = {},
): Promise<number> {
  const doc = await payload.create({ collection, data: data as never, ...options })
  return doc.id as number
}

async function findDoc(collection: CollectionSlug, id: number): Promise<Fields | null> {
  const doc = await payload.findByID({ collection, id, depth: 0, disableErrors: true, draft: true })
  return doc as Fields | null
}

let issueCounter = 0
/** Issues are unique per series, year and number, so every new issue takes the next number. */
function nextIssueNumber(): { number: number; year: number } {
  issueCounter += 1
  return { year: 2030 + Math.floor(issueCounter / 90), number: (issueCounter % 90) + 1 }
}

function newIssueData(): Fields {
  return { series: shared.series, ...nextIssueNumber(), sections: [{ section: shared.section }] }
}

async function newDraftItem(issue = shared.draftIssue, contributor?: number): Promise<number> {
  const credits = contributor ? [{ contributor, role: 'compiled' }] : undefined
  return createDoc('items', { title: unique('稿件'), issue, section: shared.section, credits }, { draft: true })
}

/** An issue with one item, walked through review to publication by the editor and the reviewer. */
async function newPublishedIssue(contributor?: number): Promise<{ issue: number; item: number }> {
  const issue = await createDoc('issues', newIssueData(), { draft: true })
  const item = await newDraftItem(issue, contributor)
  await publishThroughWorkflow(payload, issue, { editor: users.editor, reviewer: users.reviewer })
  return { issue, item }
}

async function newComment(author: User): Promise<number> {
  // Without a signed-in user the comment keeps the author it is given: how the workflow records one.
  return createDoc('review-comments', { target: { relationTo: 'items', value: shared.draftItem }, text: unique('意见'), author: author.id })
}

async function newAuditEntry(): Promise<number> {
  // The workflow's way in: recordAudit appends past Payload, whose creates the collection refuses.
  await recordAudit(await createLocalReq({}, payload), { collection: 'items', documentID: shared.draftItem, action: 'edit', note: 'fixture' })
  const { docs } = await payload.find({ collection: 'audit-log', limit: 1, sort: '-id', where: { note: { equals: 'fixture' } } })
  return docs[0].id as number
}

async function newUser(): Promise<number> {
  return (await createUser(payload, ['reviewer'])).user.id
}

// ---------------------------------------------------------------------------------------------
// The tables
// ---------------------------------------------------------------------------------------------

type Operation = 'create' | 'delete' | 'list' | 'read' | 'update'
type Edit = { applied: (doc: Fields) => boolean; data: Fields }
type Expected = Partial<Record<Role, string>>

type Action = {
  name: string
  operation: Operation
  expected: Expected
  /** The document read, updated or deleted; writes get a fresh one. */
  target?: (role: Role) => Promise<number> | number
  /** For lists: the ids asked for. All seen is "everything", only the first is `firstOnly`. */
  listed?: (role: Role) => number[]
  firstOnly?: string
  edit?: () => Edit
}

type Collection = {
  slug: CollectionSlug
  /** Payload's generated GraphQL names (singular for one document and mutations, plural for lists). */
  graphql: { plural: string; single: string }
  drafts?: boolean
  /** A new document, and how to find it again to see whether a create went through. */
  sample: (actor?: User) => { data: Fields; where: Where }
  actions: Action[]
  /**
   * Payload's generated GraphQL create input marks every required field non-null, workflowState
   * included, although only the workflow sets it (the value sent is discarded by field access and
   * applyEditRules), so GraphQL creates must send one.
   */
  graphqlCreateExtra?: Fields
  /** Uploads are multipart requests; GraphQL has no way to carry the file. */
  restCreate?: (client: Client, data: Fields) => Promise<JSONResponse>
}

/** Expectations for anonymous, editor, reviewer and admin, in that order. */
function rule(anonymous: string, editor: string, reviewer: string, admin: string): Expected {
  return { anonymous, editor, reviewer, admin }
}
const EVERYONE = rule(ALLOWED, ALLOWED, ALLOWED, ALLOWED)
const STAFF = rule(FORBIDDEN, ALLOWED, ALLOWED, ALLOWED)
const EDITORS = rule(FORBIDDEN, ALLOWED, FORBIDDEN, ALLOWED)
const ADMIN = rule(FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED)
/** Refused because of what the document is (409), not who asks: what was published is kept. */
const KEPT = 'kept on the record'
const NOBODY = rule(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN)

function editField(field: string, value: unknown): Edit {
  return { data: { [field]: value }, applied: (doc) => doc[field] === value }
}

/**
 * Series, sections, authors, references and media: editors and admins write them. The public
 * reads series and sections, and contributors, references and images once a published item shows
 * them (test/access/draftLeaks and test/publication cover that): these samples are in none.
 */
function contentCollection(
  slug: CollectionSlug,
  graphql: Collection['graphql'],
  sample: Collection['sample'],
  edit: () => Edit,
  extra: Partial<Collection> = {},
): Collection {
  const fresh = () => {
    const { data } = sample()
    return slug === 'media'
      ? createDoc('media', data, { file: pngFile(png, `${String(data.alt)}.png`) })
      : createDoc(slug, data)
  }
  const publicOnceShown = slug === 'authors' || slug === 'references'
  return {
    slug,
    graphql,
    sample,
    actions: [
      publicOnceShown
        ? { name: 'read unpublished', operation: 'read', target: () => shared.read[slug]!, expected: rule(NOT_FOUND, ALLOWED, ALLOWED, ALLOWED) }
        : { name: 'read', operation: 'read', target: () => shared.read[slug]!, expected: EVERYONE },
      {
        name: 'list',
        operation: 'list',
        listed: () => [shared.read[slug]!],
        expected: rule(publicOnceShown ? 'nothing' : EVERYTHING, EVERYTHING, EVERYTHING, EVERYTHING),
      },
      { name: 'create', operation: 'create', expected: EDITORS },
      { name: 'update', operation: 'update', target: fresh, edit, expected: EDITORS },
      { name: 'delete', operation: 'delete', target: fresh, expected: EDITORS },
    ],
    ...extra,
  }
}

function uploadForm(data: Fields): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${String(data.alt)}.png`)
  form.append('_payload', JSON.stringify(data))
  return form
}

const COLLECTIONS: Collection[] = [
  contentCollection(
    'series',
    { single: 'Series', plural: 'allSeries' },
    () => {
      const title = unique('刊物')
      return {
        data: { title, publisherInstitute: '测试研究所', frequency: 'monthly', issueLabelStyle: 'bracket' },
        where: { title: { equals: title } },
      }
    },
    () => editField('description', unique('简介')),
  ),
  contentCollection(
    'sections',
    { single: 'Section', plural: 'Sections' },
    () => {
      const name = unique('栏目')
      return { data: { name }, where: { name: { equals: name } } }
    },
    () => editField('nameEn', unique('Section')),
  ),
  contentCollection(
    'authors',
    { single: 'Author', plural: 'Authors' },
    () => {
      const displayName = unique('周 宁')
      return { data: { displayName, kind: 'person' }, where: { displayName: { equals: displayName } } }
    },
    () => editField('affiliation', unique('科研处')),
  ),
  contentCollection(
    'references',
    { single: 'Reference', plural: 'References' },
    () => {
      const title = unique('政策文件')
      return { data: { kind: 'policy_document', title, sourceOrganisation: '科技部' }, where: { title: { equals: title } } }
    },
    () => editField('pages', unique('p')),
  ),
  contentCollection(
    'media',
    { single: 'Media', plural: 'allMedia' },
    () => {
      const alt = unique('图表')
      return { data: { alt }, where: { alt: { equals: alt } } }
    },
    () => editField('captionEn', unique('Caption')),
    {
      restCreate: (client, data) => client.post('/api/media', uploadForm(data)),
      actions: [
        { name: 'read unpublished', operation: 'read', target: () => shared.read.media!, expected: rule(NOT_FOUND, ALLOWED, ALLOWED, ALLOWED) },
        { name: 'list', operation: 'list', listed: () => [shared.read.media!], expected: rule('nothing', EVERYTHING, EVERYTHING, EVERYTHING) },
        { name: 'create', operation: 'create', expected: EDITORS },
        {
          name: 'update',
          operation: 'update',
          target: () => createDoc('media', { alt: unique('图表') }, { file: pngFile(png, 'update.png') }),
          edit: () => editField('captionEn', unique('Caption')),
          expected: EDITORS,
        },
        {
          name: 'delete',
          operation: 'delete',
          target: () => createDoc('media', { alt: unique('图表') }, { file: pngFile(png, 'delete.png') }),
          expected: EDITORS,
        },
      ],
    },
  ),
  {
    slug: 'items',
    graphql: { single: 'Item', plural: 'Items' },
    drafts: true,
    graphqlCreateExtra: { workflowState: 'draft' },
    sample: () => {
      const title = unique('新稿件')
      return { data: { title, issue: shared.draftIssue, section: shared.section }, where: { title: { equals: title } } }
    },
    actions: [
      { name: 'read published', operation: 'read', target: () => shared.publishedItem, expected: EVERYONE },
      // Public reads are a Where on _status: a draft is simply not there for them.
      { name: 'read draft', operation: 'read', target: () => shared.draftItem, expected: rule(NOT_FOUND, ALLOWED, ALLOWED, ALLOWED) },
      {
        name: 'list',
        operation: 'list',
        listed: () => [shared.publishedItem, shared.draftItem],
        firstOnly: 'published only',
        expected: rule('published only', EVERYTHING, EVERYTHING, EVERYTHING),
      },
      { name: 'create', operation: 'create', expected: EDITORS },
      { name: 'update draft', operation: 'update', target: () => newDraftItem(), edit: () => editField('summary', unique('摘要')), expected: EDITORS },
      { name: 'delete draft', operation: 'delete', target: () => newDraftItem(), expected: EDITORS },
      // What the public has seen is withdrawn, not deleted, by anyone.
      { name: 'delete published', operation: 'delete', target: async () => (await newPublishedIssue()).item, expected: rule(FORBIDDEN, FORBIDDEN, FORBIDDEN, KEPT) },
    ],
  },
  {
    slug: 'issues',
    graphql: { single: 'Issue', plural: 'Issues' },
    drafts: true,
    graphqlCreateExtra: { workflowState: 'planning' },
    sample: () => {
      const data = newIssueData()
      return {
        data,
        where: { and: [{ series: { equals: data.series } }, { year: { equals: data.year } }, { number: { equals: data.number } }] as Where[] },
      }
    },
    actions: [
      { name: 'read published', operation: 'read', target: () => shared.publishedIssue, expected: EVERYONE },
      { name: 'read draft', operation: 'read', target: () => shared.draftIssue, expected: rule(NOT_FOUND, ALLOWED, ALLOWED, ALLOWED) },
      {
        name: 'list',
        operation: 'list',
        listed: () => [shared.publishedIssue, shared.draftIssue],
        firstOnly: 'published only',
        expected: rule('published only', EVERYTHING, EVERYTHING, EVERYTHING),
      },
      { name: 'create', operation: 'create', expected: EDITORS },
      {
        name: 'update draft',
        operation: 'update',
        target: () => createDoc('issues', newIssueData(), { draft: true }),
        edit: () => {
          const date = new Date(Date.UTC(2031, 0, 1) + issueCounter * 86_400_000)
          return {
            data: { publicationDate: date.toISOString() },
            applied: (doc) => new Date(String(doc.publicationDate)).getTime() === date.getTime(),
          }
        },
        expected: EDITORS,
      },
      { name: 'delete draft', operation: 'delete', target: () => createDoc('issues', newIssueData(), { draft: true }), expected: EDITORS },
      { name: 'delete published', operation: 'delete', target: async () => (await newPublishedIssue()).issue, expected: rule(FORBIDDEN, FORBIDDEN, FORBIDDEN, KEPT) },
    ],
  },
  {
    slug: 'review-comments',
    graphql: { single: 'ReviewComment', plural: 'ReviewComments' },
    sample: (actor) => {
      const text = unique('审稿意见')
      // A create only counts when the comment is filed under the person who wrote it.
      const byActor: Where[] = actor ? [{ author: { equals: actor.id } }] : []
      return {
        data: { target: { relationTo: 'items', value: shared.draftItem }, text },
        where: { and: [{ text: { equals: text } }, ...byActor] },
      }
    },
    actions: [
      { name: 'read', operation: 'read', target: () => shared.comments.byReviewer, expected: STAFF },
      {
        name: 'list',
        operation: 'list',
        listed: () => [shared.comments.byEditor, shared.comments.byReviewer],
        expected: rule(FORBIDDEN, EVERYTHING, EVERYTHING, EVERYTHING),
      },
      { name: 'create', operation: 'create', expected: STAFF },
      // Anyone on staff may mark the editor's comment resolved ...
      { name: "resolve the editor's comment", operation: 'update', target: () => newComment(users.editor), edit: () => editField('resolved', true), expected: STAFF },
      // ... but only its author may reword it ...
      {
        name: "reword the editor's comment",
        operation: 'update',
        target: () => newComment(users.editor),
        edit: () => editField('text', unique('改写')),
        expected: rule(FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
      },
      { name: "change the quote of the editor's comment", operation: 'update', target: () => newComment(users.editor), edit: () => editField('quote', unique('引文')), expected: rule(FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN) },
      // ... and only its author or an admin may delete it.
      { name: "delete the editor's comment", operation: 'delete', target: () => newComment(users.editor), expected: rule(FORBIDDEN, ALLOWED, FORBIDDEN, ALLOWED) },
    ],
  },
  {
    slug: 'audit-log',
    graphql: { single: 'AuditLog', plural: 'AuditLogs' },
    sample: () => {
      const note = unique('forged')
      return { data: { documentCollection: 'items', documentID: String(shared.draftItem), action: 'approve', note }, where: { note: { equals: note } } }
    },
    actions: [
      { name: 'read', operation: 'read', target: () => shared.auditEntries[0], expected: STAFF },
      { name: 'list', operation: 'list', listed: () => shared.auditEntries.slice(0, 2), expected: rule(FORBIDDEN, EVERYTHING, EVERYTHING, EVERYTHING) },
      // Append-only, for everyone, administrators included: only the workflow writes it.
      { name: 'create', operation: 'create', expected: NOBODY },
      { name: 'update', operation: 'update', target: newAuditEntry, edit: () => editField('note', unique('rewritten')), expected: NOBODY },
      { name: 'delete', operation: 'delete', target: newAuditEntry, expected: NOBODY },
    ],
  },
  {
    slug: 'users',
    graphql: { single: 'User', plural: 'Users' },
    sample: () => {
      const email = `${unique('new-staff')}@test.example`.toLowerCase()
      return { data: { email, name: '新同事', password: 'long-enough-pass', roles: ['reviewer'] }, where: { email: { equals: email } } }
    },
    actions: [
      // Anonymous has no account of its own, so the "own" rows have no anonymous cell.
      { name: 'read own account', operation: 'read', target: (role) => users[role as StaffRole].id, expected: { editor: ALLOWED, reviewer: ALLOWED, admin: ALLOWED } },
      // Since 6ef73e2 ("Staff can see their colleagues' accounts") colleagues read each other's
      // accounts (who submitted, who approved); the public sees no one. Changing stays admin-or-self.
      { name: 'read another account', operation: 'read', target: () => users.otherEditor.id, expected: STAFF },
      {
        name: 'list',
        operation: 'list',
        listed: (role) => (role === 'anonymous' ? [users.admin.id, users.otherEditor.id] : [users[role].id, users.otherEditor.id]),
        firstOnly: 'own only',
        expected: rule(FORBIDDEN, EVERYTHING, EVERYTHING, EVERYTHING),
      },
      { name: 'create', operation: 'create', expected: ADMIN },
      { name: 'update own account', operation: 'update', target: (role) => users[role as StaffRole].id, edit: () => editField('name', unique('新名字')), expected: { editor: ALLOWED, reviewer: ALLOWED, admin: ALLOWED } },
      { name: 'update another account', operation: 'update', target: newUser, edit: () => editField('name', unique('改名')), expected: ADMIN },
      { name: 'delete', operation: 'delete', target: newUser, expected: ADMIN },
    ],
  },
]

// ---------------------------------------------------------------------------------------------
// Running a cell: one request, its outcome in words, and whether a write really happened
// ---------------------------------------------------------------------------------------------

function restOutcome(response: JSONResponse): string {
  if (response.status === 200 || response.status === 201) return ALLOWED
  if (response.status === 403) return FORBIDDEN
  if (response.status === 404) return NOT_FOUND
  if (response.status === 409) return KEPT
  return `HTTP ${response.status}: ${JSON.stringify(response.body).slice(0, 300)}`
}

/** Payload's GraphQL answers a refusal with an error carrying the status, and null for the field. */
function graphqlOutcome(body: GraphQLBody, field: string): string {
  const value = body.data?.[field]
  const error = body.errors?.[0]
  if (!error && value) return ALLOWED
  if (error && value == null) {
    const { name = '', statusCode } = error.extensions ?? {}
    if (statusCode === 403 || /forbidden|not allowed/i.test(`${name} ${error.message}`)) return FORBIDDEN
    if (statusCode === 404 || name === 'NotFound') return NOT_FOUND
    if (statusCode === 409) return KEPT
  }
  return `GraphQL: ${JSON.stringify(body).slice(0, 300)}`
}

function graphql(client: Client, query: string, variables?: Fields): Promise<JSONResponse<GraphQLBody>> {
  return client.post<GraphQLBody>('/api/graphql', { query, variables }, { 'Accept-Language': 'en' })
}

function listOutcome(visible: number[], asked: number[], firstOnly = 'first only'): string {
  const seen = asked.map((id) => visible.includes(id))
  if (seen.every(Boolean)) return EVERYTHING
  if (!seen.some(Boolean)) return 'nothing'
  if (seen[0] && !seen.slice(1).some(Boolean)) return firstOnly
  return `some: ${visible.join(', ')}`
}

type Result = { applied?: boolean; outcome: string }

async function runREST(collection: Collection, action: Action, client: Client, id?: number, data?: Fields, asked?: number[]): Promise<string> {
  const base = `/api/${collection.slug}`
  const draft = collection.drafts ? '?draft=true' : ''
  switch (action.operation) {
    case 'read':
      return restOutcome(await client.get(`${base}/${id}?depth=0`))
    case 'list': {
      const ids = asked!.map((value, index) => `where[id][in][${index}]=${value}`).join('&')
      const response = await client.get<ListBody>(`${base}?depth=0&limit=100&${ids}`)
      const outcome = restOutcome(response)
      return outcome === ALLOWED ? listOutcome((response.body.docs ?? []).map((doc) => doc.id), asked!, action.firstOnly) : outcome
    }
    case 'create':
      return restOutcome(await (collection.restCreate ? collection.restCreate(client, data!) : client.post(`${base}${draft}`, data)))
    case 'update':
      return restOutcome(await client.patch(`${base}/${id}${draft}`, data))
    case 'delete':
      return restOutcome(await client.delete(`${base}/${id}`))
  }
}

async function runGraphQL(collection: Collection, action: Action, client: Client, id?: number, data?: Fields, asked?: number[]): Promise<string> {
  const { plural, single } = collection.graphql
  const draft = collection.drafts ? ', draft: true' : ''
  switch (action.operation) {
    case 'read': {
      const { body } = await graphql(client, `query ($id: Int!) { ${single}(id: $id) { id } }`, { id })
      return graphqlOutcome(body, single)
    }
    case 'list': {
      // Payload's GraphQL id operators have no `in`, so the ids are asked for with OR.
      const where = asked!.map((id) => `{ id: { equals: ${id} } }`).join(', ')
      const { body } = await graphql(client, `{ ${plural}(where: { OR: [${where}] }, limit: 100) { docs { id } } }`)
      const outcome = graphqlOutcome(body, plural)
      const docs = (body.data?.[plural] as ListBody | undefined)?.docs ?? []
      return outcome === ALLOWED ? listOutcome(docs.map((doc) => doc.id), asked!, action.firstOnly) : outcome
    }
    case 'create': {
      const query = `mutation ($data: mutation${single}Input!) { create${single}(data: $data${draft}) { id } }`
      return graphqlOutcome((await graphql(client, query, { data: { ...data, ...collection.graphqlCreateExtra } })).body, `create${single}`)
    }
    case 'update': {
      const query = `mutation ($id: Int!, $data: mutation${single}UpdateInput!) { update${single}(id: $id, data: $data${draft}) { id } }`
      return graphqlOutcome((await graphql(client, query, { id, data })).body, `update${single}`)
    }
    case 'delete': {
      const { body } = await graphql(client, `mutation ($id: Int!) { delete${single}(id: $id) { id } }`, { id })
      return graphqlOutcome(body, `delete${single}`)
    }
  }
}

async function runCell({ action, collection, role, transport }: Cell): Promise<Result> {
  const client = clients[role]
  const actor = role === 'anonymous' ? undefined : users[role]
  const run = transport === 'REST' ? runREST : runGraphQL
  switch (action.operation) {
    case 'read':
      return { outcome: await run(collection, action, client, await action.target!(role)) }
    case 'list':
      return { outcome: await run(collection, action, client, undefined, undefined, action.listed!(role)) }
    case 'create': {
      const { data, where } = collection.sample(actor)
      const outcome = await run(collection, action, client, undefined, data)
      const { totalDocs } = await payload.count({ collection: collection.slug, where })
      return { outcome, applied: totalDocs > 0 }
    }
    case 'update': {
      const id = await action.target!(role)
      const edit = action.edit!()
      const outcome = await run(collection, action, client, id, edit.data)
      const doc = await findDoc(collection.slug, id)
      return { outcome, applied: doc !== null && edit.applied(doc) }
    }
    case 'delete': {
      const id = await action.target!(role)
      const outcome = await run(collection, action, client, id)
      return { outcome, applied: (await findDoc(collection.slug, id)) === null }
    }
  }
}

type Cell = { action: Action; collection: Collection; expected: string; name: string; role: Role; transport: Transport }

const cells: Cell[] = COLLECTIONS.flatMap((collection) =>
  collection.actions.flatMap((action) =>
    ROLES.flatMap((role) =>
      TRANSPORTS.flatMap((transport): Cell[] => {
        const expected = action.expected[role]
        if (expected === undefined) return []
        // Uploads cannot go through GraphQL (no file in a GraphQL request), so media are created over REST only.
        if (transport === 'GraphQL' && action.operation === 'create' && collection.restCreate) return []
        const name = `${collection.slug} · ${action.name} · ${role} · ${transport} → ${expected}`
        return [{ action, collection, expected, name, role, transport }]
      }),
    ),
  ),
)

// ---------------------------------------------------------------------------------------------
// One server and one Payload for the whole file
// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  context = await initPayload('access-matrix')
  payload = context.payload
  png = await chartPNG(320, 200)
  // The first account on an empty database is always made an administrator, so the admin comes first.
  const accounts = {
    admin: await createUser(payload, ['admin']),
    editor: await createUser(payload, ['editor']),
    reviewer: await createUser(payload, ['reviewer']),
    otherEditor: await createUser(payload, ['editor']),
  }
  for (const [name, account] of Object.entries(accounts)) users[name as keyof typeof users] = account.user

  server = await startTestServer(context.database)
  clients.anonymous = restClient(server.baseURL)
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    tokens[role] = await login(server.baseURL, accounts[role].email, accounts[role].password)
    clients[role] = restClient(server.baseURL, tokens[role])
  }
  otherEditorClient = restClient(server.baseURL, await login(server.baseURL, accounts.otherEditor.email, accounts.otherEditor.password))

  shared.series = await createDoc('series', COLLECTIONS[0].sample().data)
  shared.section = await createDoc('sections', { name: unique('研究动态') })
  shared.draftIssue = await createDoc('issues', newIssueData(), { draft: true })
  shared.draftItem = await newDraftItem()
  // Publishing walks the workflow, which also writes the audit entries the audit-log cells read.
  // Credited on the published item, so the public sees the contributor (and must not see the e-mail).
  shared.author = await createDoc('authors', { displayName: unique('黄 健'), email: AUTHOR_EMAIL, user: users.editor.id })
  const published = await newPublishedIssue(shared.author)
  shared.publishedIssue = published.issue
  shared.publishedItem = published.item
  shared.read = {
    series: shared.series,
    sections: shared.section,
    authors: await createDoc('authors', { displayName: unique('周 宁'), kind: 'person' }),
    references: await createDoc('references', { kind: 'report', title: unique('研究报告') }),
    media: await createDoc('media', { alt: unique('图表') }, { file: pngFile(png, 'shared.png') }),
  }
  shared.comments = { byEditor: await newComment(users.editor), byReviewer: await newComment(users.reviewer) }
  const { docs: entries } = await payload.find({ collection: 'audit-log', depth: 0, limit: 2, sort: 'createdAt' })
  shared.auditEntries = entries.map((entry) => entry.id)
})

afterAll(async () => {
  await server?.stop()
  await context?.close()
})

describe('the access matrix: role × collection × operation × REST and GraphQL', () => {
  it('has audit entries to read, written by a real transition', () => {
    expect(shared.auditEntries).toHaveLength(2)
  })

  it.each(cells)('$name', async (cell) => {
    const result = await runCell(cell)
    const isWrite = ['create', 'update', 'delete'].includes(cell.action.operation)
    // A write must have happened exactly when it was allowed.
    expect(result).toEqual(isWrite ? { outcome: cell.expected, applied: cell.expected === ALLOWED } : { outcome: cell.expected })
  })
})

// ---------------------------------------------------------------------------------------------
// Rules finer than a whole document
// ---------------------------------------------------------------------------------------------

describe("authors' e-mail and login account are for staff only", () => {
  const cases = ROLES.flatMap((role) => TRANSPORTS.map((transport) => ({ role, transport })))

  it.each(cases)('$role via $transport', async ({ role, transport }) => {
    const isStaff = role !== 'anonymous'
    if (transport === 'REST') {
      // depth=0 keeps `user` an id: populating it would hit the users collection's own rules instead.
      const one = await clients[role].get<Fields>(`/api/authors/${shared.author}?depth=0`)
      const list = await clients[role].get<{ docs: Fields[] }>(`/api/authors?depth=0&where[id][equals]=${shared.author}`)
      for (const doc of [one.body, list.body.docs[0]]) {
        expect(doc.displayName).toEqual(expect.any(String))
        if (isStaff) expect(doc).toMatchObject({ email: AUTHOR_EMAIL, user: users.editor.id })
        else {
          expect(doc).not.toHaveProperty('email')
          expect(doc).not.toHaveProperty('user')
        }
      }
    } else {
      const { body } = await graphql(
        clients[role],
        `query ($id: Int!) { Author(id: $id) { displayName email } Authors(where: { id: { equals: $id } }) { docs { email } } }`,
        { id: shared.author },
      )
      expect(body.errors).toBeUndefined()
      const one = body.data?.Author as Fields
      const listed = (body.data?.Authors as { docs: Fields[] }).docs[0]
      expect(one.displayName).toEqual(expect.any(String))
      expect([one.email, listed.email]).toEqual(isStaff ? [AUTHOR_EMAIL, AUTHOR_EMAIL] : [null, null])
    }
  })
})

/** PATCH in English (restClient's patch takes no headers), so refusals can be checked by their message. */
async function patchInEnglish(role: Role, path: string, body: unknown): Promise<JSONResponse<ErrorBody>> {
  const token = tokens[role]
  const response = await fetch(`${server.baseURL}${path}`, {
    body: JSON.stringify(body),
    headers: { 'Accept-Language': 'en', 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) },
    method: 'PATCH',
  })
  return { body: (await response.json()) as ErrorBody, headers: response.headers, status: response.status }
}

function errorMessage(body: ErrorBody | GraphQLBody): string {
  return (body.errors ?? []).map((error) => ('data' in error && error.data?.en) || error.message).join(' | ')
}

async function rolesOf(id: number): Promise<string[]> {
  const user = await payload.findByID({ collection: 'users', id, depth: 0 })
  return [...(user.roles ?? [])].sort()
}

type RoleDoor = 'GraphQL' | 'REST' | 'REST bulk update'

/**
 * Asks, as `role`, for `target`'s roles to become `roles`, through one door: PATCH by id, PATCH
 * with a where (a bulk update is the same change through another door), or GraphQL updateUser.
 */
async function changeRoles(role: StaffRole, door: RoleDoor, target: number, roles: string[]): Promise<{ message: string; outcome: string }> {
  if (door === 'GraphQL') {
    const { body } = await graphql(
      clients[role],
      'mutation ($id: Int!, $roles: [UserUpdate_roles_MutationInput]) { updateUser(id: $id, data: { roles: $roles }) { id } }',
      { id: target, roles },
    )
    return { message: errorMessage(body), outcome: graphqlOutcome(body, 'updateUser') }
  }
  const path = door === 'REST' ? `/api/users/${target}` : `/api/users?where[id][equals]=${target}`
  const response = await patchInEnglish(role, path, { roles })
  return { message: errorMessage(response.body), outcome: restOutcome(response) }
}

describe('roles', () => {
  const doors: readonly RoleDoor[] = ['REST', 'GraphQL', 'REST bulk update']

  it.each((['admin', 'editor', 'reviewer'] as const).flatMap((role) => doors.map((door) => ({ role, door }))))(
    'nobody changes their own roles, not even an admin: $role via $door → 403 with a message',
    async ({ role, door }) => {
      const me = users[role]
      const before = await rolesOf(me.id)
      // Keeping `admin` in the new roles means a wrongly accepted change still leaves the admin able to work.
      const wanted = [...new Set([...before, 'editor', 'reviewer'])]
      try {
        const { message, outcome } = await changeRoles(role, door, me.id, wanted)
        expect({ outcome, roles: await rolesOf(me.id) }).toEqual({ outcome: FORBIDDEN, roles: before })
        // Editors and reviewers may hear either reason: both hold. Bulk updates never assign roles.
        if (door === 'REST bulk update') expect(message).toMatch(/one account at a time/)
        else expect(message).toMatch(role === 'admin' ? /change their own roles/ : /change their own roles|Only administrators/)
      } finally {
        await payload.update({ collection: 'users', id: me.id, data: { roles: before as User['roles'] } })
      }
    },
  )

  it.each((['editor', 'reviewer'] as const).flatMap((role) => doors.map((door) => ({ role, door }))))(
    "a non-admin cannot change another user's roles: $role via $door → 403",
    async ({ role, door }) => {
      const target = await newUser()
      // Refused either by protectRoles ("Only administrators can assign roles") or, for someone
      // else's account, by the update rule itself: either way a 403 and nothing changed.
      const { outcome } = await changeRoles(role, door, target, ['admin'])
      expect({ outcome, roles: await rolesOf(target) }).toEqual({ outcome: FORBIDDEN, roles: ['reviewer'] })
    },
  )

  it.each(doors.filter((door) => door !== 'REST bulk update'))("an admin assigns another user's roles via %s", async (door) => {
    const target = await newUser()
    const { outcome } = await changeRoles('admin', door, target, ['editor', 'reviewer'])
    expect({ outcome, roles: await rolesOf(target) }).toEqual({ outcome: ALLOWED, roles: ['editor', 'reviewer'] })
  })

  it('assigns roles one account at a time: a bulk update is refused, even to an admin', async () => {
    const target = await newUser()
    const { message, outcome } = await changeRoles('admin', 'REST bulk update', target, ['editor'])
    expect({ outcome, roles: await rolesOf(target) }).toEqual({ outcome: FORBIDDEN, roles: ['reviewer'] })
    expect(message).toMatch(/one account at a time/)
  })
})

describe('review comments belong to whoever wrote them', () => {
  it.each(TRANSPORTS)('the author is the creator, whatever the request names (%s)', async (transport) => {
    const text = unique('署名测试')
    const data = { target: { relationTo: 'items', value: shared.draftItem }, text, author: users.reviewer.id }
    if (transport === 'REST') {
      expect((await clients.editor.post('/api/review-comments', data)).status).toBe(201)
    } else {
      const { body } = await graphql(clients.editor, 'mutation ($data: mutationReviewCommentInput!) { createReviewComment(data: $data) { id } }', { data })
      expect(body.errors).toBeUndefined()
    }
    const { docs } = await payload.find({ collection: 'review-comments', depth: 0, where: { text: { equals: text } } })
    expect(docs.map((doc) => doc.author)).toEqual([users.editor.id])
  })

  it('a comment cannot be handed over to someone else to reword or delete it', async () => {
    const id = await newComment(users.editor)
    const other = otherEditorClient
    await other.patch(`/api/review-comments/${id}`, { author: users.otherEditor.id })
    expect((await findDoc('review-comments', id))?.author).toBe(users.editor.id)
    expect((await other.patch(`/api/review-comments/${id}`, { text: unique('改写') })).status).toBe(403)
    expect((await other.delete(`/api/review-comments/${id}`)).status).toBe(403)
    expect(await findDoc('review-comments', id)).not.toBeNull()
  })

  it("a second editor may resolve, but not reword or delete, the first editor's comment", async () => {
    const id = await newComment(users.editor)
    const other = otherEditorClient
    expect((await other.patch(`/api/review-comments/${id}`, { resolved: true })).status).toBe(200)
    expect((await other.patch(`/api/review-comments/${id}`, { quote: unique('引文') })).status).toBe(403)
    expect((await other.delete(`/api/review-comments/${id}`)).status).toBe(403)
    expect(await findDoc('review-comments', id)).toMatchObject({ resolved: true, quote: null, author: users.editor.id })
  })
})

describe('the audit log is append-only for everyone', () => {
  it('refuses bulk updates and bulk deletes, even from an admin', async () => {
    const before = await payload.count({ collection: 'audit-log' })
    const update = await clients.admin.patch('/api/audit-log?where[id][exists]=true', { note: 'rewritten' })
    const remove = await clients.admin.delete('/api/audit-log?where[id][exists]=true')
    expect([update.status, remove.status]).toEqual([403, 403])
    expect(await payload.count({ collection: 'audit-log' })).toEqual(before)
    const { totalDocs: rewritten } = await payload.count({ collection: 'audit-log', where: { note: { equals: 'rewritten' } } })
    expect(rewritten).toBe(0)
  })
})

describe('the jobs queue runs for administrators only', () => {
  /** A harmless job: its issue does not exist, so when it runs it completes having published nothing. */
  async function queueJob(): Promise<number> {
    const job = await payload.jobs.queue({
      input: { issue: '999999', publishAt: '2030-01-01T00:00:00.000Z' },
      queue: 'publishing',
      task: 'publishScheduledIssue',
    })
    return job.id as number
  }

  /** Payload deletes a job once it completes; one still there and not completed has not run. */
  async function hasRun(id: number): Promise<boolean> {
    const job = await payload.findByID({ collection: 'payload-jobs', depth: 0, disableErrors: true, id })
    return job === null || Boolean(job.completedAt)
  }

  /** A refused cell leaves its job queued; remove it so that each cell finds only its own job. */
  async function discard(id: number): Promise<void> {
    await payload.delete({ collection: 'payload-jobs', where: { id: { equals: id } } })
  }

  // Payload 3.90.1 serves the runner as GET /api/payload-jobs/run (GET so that a cron can call it)
  // and answers a refusal with 401.
  it.each(ROLES)('GET /api/payload-jobs/run as %s', async (role) => {
    const job = await queueJob()
    const { status } = await clients[role].get('/api/payload-jobs/run?queue=publishing')
    const ran = await hasRun(job)
    await discard(job)
    expect({ status, ran }).toEqual(role === 'admin' ? { status: 200, ran: true } : { status: 401, ran: false })
  })

  it.each(ROLES.filter((role) => role !== 'admin'))('GET /api/payload-jobs/handle-schedules is refused to %s', async (role) => {
    expect((await clients[role].get('/api/payload-jobs/handle-schedules?queue=publishing')).status).toBe(401)
  })

  // There is no POST route for the runner: asking with POST must not run anything either.
  it.each(ROLES.filter((role) => role !== 'admin'))('POST /api/payload-jobs/run runs nothing for %s', async (role) => {
    const job = await queueJob()
    const { status } = await clients[role].post('/api/payload-jobs/run?queue=publishing', {})
    const ran = await hasRun(job)
    await discard(job)
    expect(status).toBeGreaterThanOrEqual(400)
    expect(ran).toBe(false)
  })

  // Not an access rule, but found here: two issues scheduled for the same time are two jobs due at
  // once, and the runner runs due jobs concurrently.
  it("an admin's run completes several jobs that are due at the same time", async () => {
    const jobs = [await queueJob(), await queueJob(), await queueJob()]
    const { status } = await clients.admin.get('/api/payload-jobs/run?queue=publishing')
    const ran = await Promise.all(jobs.map(hasRun))
    for (const job of jobs) await discard(job)
    expect({ status, ran }).toEqual({ status: 200, ran: [true, true, true] })
  })
})
