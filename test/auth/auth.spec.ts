import { createScaffold, createUser } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type Mailbox, startMailbox } from '../helpers/mailbox'
import { login, restClient } from '../helpers/rest'
import { cpuTimeMs } from '../helpers/processUsage'
import { startTestServer, type TestServer } from '../helpers/testServer'

const SIGN_IN_LIMIT = 5
const PASSWORD_RESET_LIMIT = 3
const ANONYMOUS_LIMIT = 30
const PUBLIC_URL = 'https://cms.example.org'

let context: TestPayload
let server: TestServer
let mailbox: Mailbox
let admin: Awaited<ReturnType<typeof createUser>>
let editor: Awaited<ReturnType<typeof createUser>>

let clientNumber = 0
/** A client of its own address (the server trusts X-Forwarded-For from loopback, as behind a proxy). */
function fromNewAddress() {
  clientNumber += 1
  const address = `198.51.${Math.floor(clientNumber / 250)}.${(clientNumber % 250) + 1}`
  const client = restClient(server.baseURL)
  const headers = { 'Accept-Language': 'en', 'X-Forwarded-For': address }
  return {
    address,
    get: (path: string) => client.get(path, headers),
    post: (path: string, body: unknown) => client.post(path, body, headers),
  }
}

const signIn = (email: string, password: string, client = fromNewAddress()) => client.post('/api/users/login', { email, password })

beforeAll(async () => {
  mailbox = await startMailbox()
  context = await initPayload('auth')
  admin = await createUser(context.payload, ['admin'])
  editor = await createUser(context.payload, ['editor'])
  server = await startTestServer(context.database, {
    ...mailbox.env,
    PAYLOAD_PUBLIC_SERVER_URL: PUBLIC_URL,
    RATE_LIMIT_ANONYMOUS: String(ANONYMOUS_LIMIT),
    RATE_LIMIT_PASSWORD_RESET: String(PASSWORD_RESET_LIMIT),
    RATE_LIMIT_SIGN_IN: String(SIGN_IN_LIMIT),
    TRUST_PROXY: 'loopback',
  })
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
  await mailbox?.stop()
})

describe('signing in', () => {
  it('checks at most ten of a hundred parallel guesses, then refuses even the right password', async () => {
    const victim = await createUser(context.payload, ['editor'])
    const answers = await Promise.all(Array.from({ length: 100 }, (_, n) => signIn(victim.email, `wrong-${n}`)))
    const messages = answers.map(({ body }) => body.errors?.[0]?.message as string)
    expect(answers.every(({ status }) => status === 401)).toBe(true)
    const checked = messages.filter((message) => /incorrect/i.test(message))
    const refusedAsLocked = messages.filter((message) => /locked/i.test(message))
    expect(checked).toHaveLength(10)
    expect(refusedAsLocked).toHaveLength(90)

    const rightOne = await signIn(victim.email, victim.password)
    expect(rightOne.status).toBe(401)
    expect(rightOne.body.errors[0].message).toMatch(/locked/i)
  })

  it('lets an administrator unlock a locked account', async () => {
    const victim = await createUser(context.payload, ['reviewer'])
    await Promise.all(Array.from({ length: 12 }, (_, n) => signIn(victim.email, `wrong-${n}`)))
    expect((await signIn(victim.email, victim.password)).status).toBe(401)
    const adminAPI = restClient(server.baseURL, await login(server.baseURL, admin.email, admin.password))
    expect((await adminAPI.post('/api/users/unlock', { email: victim.email })).status).toBe(200)
    expect((await signIn(victim.email, victim.password)).status).toBe(200)
  })

  it('takes as long to refuse an unknown account as a wrong password', async () => {
    // Measured as the server's CPU time, which other work on the machine does not stretch as it
    // does wall time: a wrong password costs a password hash, and so must an unknown address.
    const cpuFor = async (email: string) => {
      const before = cpuTimeMs(server.pid)
      for (let attempt = 0; attempt < 8; attempt++) expect((await signIn(email, 'not-the-password')).status).toBe(401)
      return cpuTimeMs(server.pid) - before
    }
    const someone = await createUser(context.payload, ['editor'])
    const known = await cpuFor(someone.email)
    const unknown = await cpuFor('nobody-here@test.example')
    // Before, the unknown account answered ten times faster.
    expect(known).toBeGreaterThan(0)
    expect(unknown / known).toBeGreaterThan(0.5)
  })

  it('sends the session cookie only over HTTPS when the server is reached over HTTPS', async () => {
    const response = await fetch(`${server.baseURL}/api/users/login`, {
      body: JSON.stringify({ email: editor.email, password: editor.password }),
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('set-cookie')).toMatch(/payload-token=[^;]+;.*\bSecure\b/i)
  })
})

describe('resetting a password', () => {
  it('mails a working reset link and answers at once, while editors keep saving', async () => {
    const forgetful = await createUser(context.payload, ['editor'])
    const editorAPI = restClient(server.baseURL, await login(server.baseURL, editor.email, editor.password))
    const scaffold = await createScaffold(context.payload, 2026, 7)
    const [reset, save] = await Promise.all([
      fromNewAddress().post('/api/users/forgot-password', { email: forgetful.email }),
      editorAPI.patch(`/api/references/${scaffold.references[0].id}`, { sourceOrganisation: '同时保存' }),
    ])
    expect(reset.status).toBe(200)
    expect(save.status).toBe(200)

    const [mail] = await mailbox.waitFor((received) => received.to.includes(forgetful.email))
    const token = /\/admin\/reset\/([0-9a-f]+)/.exec(mail.body)?.[1]
    expect(mail.body).toContain(`${PUBLIC_URL}/admin/reset/`)
    expect(token).toBeDefined()
    const changed = await fromNewAddress().post('/api/users/reset-password', { password: 'a-new-password-2026', token })
    expect(changed.status).toBe(200)
    expect((await signIn(forgetful.email, 'a-new-password-2026')).status).toBe(200)
  })

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    const mailsBefore = mailbox.mails.length
    const known = await fromNewAddress().post('/api/users/forgot-password', { email: editor.email })
    const unknown = await fromNewAddress().post('/api/users/forgot-password', { email: 'nobody-here@test.example' })
    expect(unknown.status).toBe(200)
    expect(unknown.body).toEqual(known.body)
    await mailbox.waitFor((received) => received.to.includes(editor.email))
    expect(mailbox.mails.slice(mailsBefore).some((received) => received.to.includes('nobody-here@test.example'))).toBe(false)
  })
})

describe('rate limits per client address', () => {
  it(`refuses sign-ins after ${SIGN_IN_LIMIT} failures with a 429 that says when to retry`, async () => {
    const client = fromNewAddress()
    for (let attempt = 0; attempt < SIGN_IN_LIMIT; attempt++) {
      expect((await signIn(editor.email, `wrong-${attempt}`, client)).status).toBe(401)
    }
    const refused = await signIn(editor.email, editor.password, client)
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/Too many requests.*Try again in \d+ seconds/)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await signIn(editor.email, editor.password)).status).toBe(200)
  })

  it('does not count successful sign-ins', async () => {
    const client = fromNewAddress()
    for (let attempt = 0; attempt < SIGN_IN_LIMIT + 1; attempt++) {
      expect((await signIn(editor.email, editor.password, client)).status).toBe(200)
    }
  })

  it(`sends at most ${PASSWORD_RESET_LIMIT} reset mails per address and hour`, async () => {
    const client = fromNewAddress()
    for (let attempt = 0; attempt < PASSWORD_RESET_LIMIT; attempt++) {
      expect((await client.post('/api/users/forgot-password', { email: 'nobody-here@test.example' })).status).toBe(200)
    }
    expect((await client.post('/api/users/forgot-password', { email: 'nobody-here@test.example' })).status).toBe(429)
  })

  it('limits anonymous reads of the delivery API and REST, and not signed-in staff', async () => {
    const anonymous = fromNewAddress()
    for (let request = 0; request < ANONYMOUS_LIMIT; request++) {
      expect((await anonymous.get(request % 2 ? '/delivery/v1/series' : '/api/sections')).status).toBe(200)
    }
    const delivery = await anonymous.get('/delivery/v1/series')
    expect(delivery.status).toBe(429)
    expect(delivery.body.error).toMatchObject({ status: 429, message: expect.stringMatching(/Too many requests/) })
    expect((await anonymous.get('/api/sections')).status).toBe(429)

    const sameAddress = { 'X-Forwarded-For': anonymous.address }
    const staff = restClient(server.baseURL, await login(server.baseURL, editor.email, editor.password))
    for (let request = 0; request < ANONYMOUS_LIMIT + 5; request++) {
      expect((await staff.get('/api/sections', sameAddress)).status).toBe(200)
    }
    const forged = await restClient(server.baseURL, 'not.a.valid-token').get('/api/sections', sameAddress)
    expect(forged.status).toBe(429)
  })
})

describe('document locks', () => {
  it('are taken in one’s own name only, through REST and GraphQL', async () => {
    const reviewer = await createUser(context.payload, ['reviewer'])
    const scaffold = await createScaffold(context.payload, 2026, 8)
    const item = await context.payload.create({
      collection: 'items',
      data: { title: '锁定测试稿', issue: scaffold.issue.id, section: scaffold.sections[0].id },
      draft: true,
    })
    const reviewerAPI = restClient(server.baseURL, await login(server.baseURL, reviewer.email, reviewer.password))
    const lockAs = (userID: number) => ({ document: { relationTo: 'items', value: item.id }, user: { relationTo: 'users', value: userID } })

    const forged = await reviewerAPI.post('/api/payload-locked-documents', lockAs(admin.user.id), { 'Accept-Language': 'en' })
    expect(forged.status).toBe(403)
    expect(forged.body.errors[0].message).toBe('A document can be locked only in your own name.')
    const forgedByGraphQL = await reviewerAPI.graphql(
      `mutation { createPayloadLockedDocument(data: { document: { relationTo: items, value: ${item.id} }, user: { relationTo: users, value: ${admin.user.id} } }) { id } }`,
    )
    expect(forgedByGraphQL.body.errors?.[0]?.message).toBeDefined()

    const own = await reviewerAPI.post('/api/payload-locked-documents', lockAs(reviewer.user.id))
    expect(own.status).toBe(201)
    const handedOn = await reviewerAPI.patch(`/api/payload-locked-documents/${own.body.doc.id}`, { user: { relationTo: 'users', value: admin.user.id } })
    expect(handedOn.status).toBe(403)
    const { totalDocs } = await context.payload.count({ collection: 'payload-locked-documents', where: { 'user.value': { equals: admin.user.id } } })
    expect(totalDocs).toBe(0)
  })
})

describe('the server log', () => {
  it('records refusals a client caused without errors or stack traces', async () => {
    const editorAPI = restClient(server.baseURL, await login(server.baseURL, editor.email, editor.password))
    const empty = await createScaffold(context.payload, 2026, 9)
    const refusals = await Promise.all([
      signIn(editor.email, 'wrong'),
      editorAPI.post(`/api/issues/${empty.issue.id}/workflow`, { action: 'submit' }),
      editorAPI.post('/api/references', { kind: 'web_news', title: '无网址' }),
      editorAPI.get('/api/items/abc'),
      editorAPI.get('/api/items?where[issue][equals]=abc'),
    ])
    expect(refusals.map(({ status }) => status)).toEqual([401, 409, 400, 404, 400])
    const errorLines = server.output().split('\n').filter((line) => line.includes('"level":50'))
    expect(errorLines).toEqual([])
  })
})
