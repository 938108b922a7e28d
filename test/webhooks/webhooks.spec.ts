import { createLocalReq, initTransaction, killTransaction, type Where } from 'payload'

import type { Issue, Series, Webhook } from '../../src/payload-types'
import { runTransition } from '../../src/workflow/runTransition'
import { recordDeliveryAttempt } from '../../src/webhooks/deliveryLog'
import { createScaffold } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type JSONResponse, restClient } from '../helpers/rest'
import { signInStaff, type StaffMember, workflow } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { waitUntil } from '../helpers/waitUntil'
import { actAs } from '../helpers/workflow'
import { type ReceivedHook, type Receiver, startReceiver } from './receiver'

let context: TestPayload
let server: TestServer
let receiver: Receiver
let staff: Record<'admin' | 'editor' | 'reviewer', StaffMember>
let anonymous: ReturnType<typeof restClient>
let issueNumber = 0

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

beforeAll(async () => {
  receiver = await startReceiver()
  context = await initPayload('webhooks')
  // The server runs the webhooks queue every second and retries after 200 ms, 400 ms, …
  server = await startTestServer(context.database, { JOBS_CRON: '* * * * * *', WEBHOOK_RETRY_DELAY_MS: '200' })
  staff = await signInStaff(context.payload, server.baseURL, { admin: ['admin'], editor: ['editor'], reviewer: ['reviewer'] })
  anonymous = restClient(server.baseURL)
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
  await receiver?.stop()
})

function ok<T>(response: JSONResponse<T>, expected = 200): JSONResponse<T> {
  if (response.status !== expected) {
    throw new Error(`Expected ${expected}, got ${response.status}: ${JSON.stringify(response.body)}\n${server.output().slice(-2000)}`)
  }
  return response
}

async function createWebhook(path: string, data: Partial<Webhook> = {}): Promise<Webhook> {
  const { body } = ok(await staff.admin.client.post('/api/webhooks', { name: path, url: receiver.url(path), ...data }), 201)
  receiver.secrets.set(path, body.doc.secret)
  return body.doc
}

/** An issue with one item, taken through review over REST and ready to publish. */
async function approvedIssue(title: string): Promise<{ issueID: number; itemID: number; series: Series }> {
  const scaffold = await createScaffold(context.payload, 2040, ++issueNumber)
  const { body } = ok(
    await staff.editor.client.post('/api/items?draft=true', { title, issue: scaffold.issue.id, section: scaffold.sections[0].id }),
    201,
  )
  ok(await workflow(staff.editor.client, 'items', body.doc.id, 'submit'))
  ok(await workflow(staff.reviewer.client, 'items', body.doc.id, 'approve'))
  ok(await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'submit'))
  ok(await workflow(staff.reviewer.client, 'issues', scaffold.issue.id, 'approve'))
  return { issueID: scaffold.issue.id, itemID: body.doc.id, series: scaffold.series }
}

/** The same, published over REST. */
async function publishedIssue(title: string): Promise<{ issue: Issue; itemID: number; series: Series }> {
  const { issueID, itemID, series } = await approvedIssue(title)
  const published = ok(await workflow(staff.editor.client, 'issues', issueID, 'publish'))
  return { issue: published.body.doc, itemID, series }
}

/**
 * Waits until the server has finished every webhook job, retries included. The jobs are queued
 * before the workflow request answers, so after this nothing more will arrive.
 */
async function deliveriesSettled(): Promise<void> {
  const pending = async () =>
    (
      await context.payload.count({
        collection: 'payload-jobs',
        where: { and: [{ queue: { equals: 'webhooks' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      })
    ).totalDocs
  await waitUntil(async () => (await pending()) === 0, {
    describe: async () => `${await pending()} webhook job(s) still pending\n${server.output().slice(-2000)}`,
  })
}

const types = (hooks: ReceivedHook[]) => hooks.map((hook) => hook.event.type)

describe('webhooks for publication events', () => {
  beforeAll(async () => {
    await createWebhook('/everything')
    await createWebhook('/withdrawals', { events: ['issue.withdrawn'] })
    await createWebhook('/dormant', { active: false })
  })

  it('generates a secret for a webhook saved without one, and keeps it across edits', async () => {
    expect(receiver.secrets.get('/everything')).toMatch(/^[0-9a-f]{64}$/)
    const { body } = await staff.admin.client.get('/api/webhooks?where[name][equals]=/everything')
    expect(body.docs[0]).toMatchObject({ events: ['issue.published', 'issue.corrected', 'issue.withdrawn'], active: true })
    const edited = ok(await staff.admin.client.patch(`/api/webhooks/${body.docs[0].id}`, { active: true }))
    expect(edited.body.doc.secret).toBe(receiver.secrets.get('/everything'))
  })

  it('posts one signed issue.published to each active webhook that wants it', async () => {
    const before = Date.now()
    const { issue, series } = await publishedIssue('推送发布稿')
    await deliveriesSettled()

    const hooks = receiver.hooksFor('/everything', issue.id)
    expect(hooks).toHaveLength(1)
    const [hook] = hooks
    expect(hook.signed).toBe(true)
    expect(hook.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'BulletinCMS-Webhooks/1',
      'x-bulletin-event': 'issue.published',
      'x-bulletin-delivery': hook.event.id,
    })
    expect(hook.event).toEqual({
      id: expect.stringMatching(UUID),
      type: 'issue.published',
      occurredAt: expect.any(String),
      issue: {
        id: issue.id,
        title: issue.title,
        label: issue.label,
        year: 2040,
        number: issue.number,
        series: series.slug,
        publicationDate: issue.publicationDate,
        url: `${server.baseURL}/delivery/v1/issues/${issue.id}`,
      },
    })
    expect(new Date(hook.event.occurredAt).getTime()).toBeGreaterThanOrEqual(before)
    expect(receiver.hooksFor('/withdrawals', issue.id)).toEqual([])
    expect(receiver.hooksFor('/dormant', issue.id)).toEqual([])

    const log = ok(await staff.admin.client.get(`/api/webhook-deliveries?where[deliveryID][equals]=${hook.event.id}`))
    expect(log.body.docs).toEqual([
      expect.objectContaining({ attempt: 1, delivered: true, eventType: 'issue.published', issueID: String(issue.id), requestBody: hook.body, responseStatus: 204 }),
    ])
    expect(log.body.docs[0].durationMs).toEqual(expect.any(Number))
  })

  it('posts issue.corrected when a correction is published', async () => {
    const { issue, itemID } = await publishedIssue('推送原稿')
    await deliveriesSettled()
    ok(await staff.editor.client.patch(`/api/items/${itemID}?draft=true`, { title: '推送更正稿' }))
    ok(await workflow(staff.editor.client, 'items', itemID, 'submit'))
    ok(await workflow(staff.reviewer.client, 'items', itemID, 'approve'))
    ok(await workflow(staff.editor.client, 'issues', issue.id, 'publish'))
    await deliveriesSettled()

    const hooks = receiver.hooksFor('/everything', issue.id)
    expect(types(hooks)).toEqual(['issue.published', 'issue.corrected'])
    expect(hooks[1].signed).toBe(true)
    expect(hooks[1].headers['x-bulletin-event']).toBe('issue.corrected')
    expect(hooks[1].event.id).not.toBe(hooks[0].event.id)
    expect(receiver.hooksFor('/withdrawals', issue.id)).toEqual([])
    expect(receiver.hooksFor('/dormant', issue.id)).toEqual([])
  })

  it('posts issue.withdrawn when an administrator withdraws the issue', async () => {
    const { issue } = await publishedIssue('推送撤回稿')
    await deliveriesSettled()
    ok(await workflow(staff.admin.client, 'issues', issue.id, 'withdraw', { reason: '数据有误' }))
    await deliveriesSettled()

    expect(types(receiver.hooksFor('/everything', issue.id))).toEqual(['issue.published', 'issue.withdrawn'])
    const withdrawals = receiver.hooksFor('/withdrawals', issue.id)
    expect(types(withdrawals)).toEqual(['issue.withdrawn'])
    expect(withdrawals[0].signed).toBe(true)
    expect(withdrawals[0].event.issue).toMatchObject({ id: issue.id, title: issue.title })
    expect(receiver.hooksFor('/dormant', issue.id)).toEqual([])
  })

  it('retries a failing receiver with backoff until it answers, logging every attempt', async () => {
    const flaky = await createWebhook('/flaky', { events: ['issue.published'] })
    receiver.replies.set('/flaky', [500, 'reset'])
    const { issue } = await publishedIssue('推送重试稿')
    await deliveriesSettled()

    const hooks = receiver.hooksFor('/flaky', issue.id)
    expect(hooks).toHaveLength(3)
    expect(hooks.every((hook) => hook.signed)).toBe(true)
    // A retry is the same delivery: same id, same signed bytes.
    expect(new Set(hooks.map((hook) => hook.body)).size).toBe(1)
    expect(new Set(hooks.map((hook) => hook.headers['x-bulletin-delivery'])).size).toBe(1)

    const log = ok(await staff.admin.client.get(`/api/webhook-deliveries?where[webhook][equals]=${flaky.id}&sort=attempt`))
    expect(log.body.docs).toEqual([
      expect.objectContaining({ attempt: 1, delivered: false, responseStatus: 500, responseExcerpt: 'failing on purpose (500)' }),
      expect.objectContaining({ attempt: 2, delivered: false, responseStatus: null, error: expect.stringContaining('fetch failed') }),
      expect.objectContaining({ attempt: 3, delivered: true, responseStatus: 204, error: null }),
    ])
    const attemptTimes = log.body.docs.map((entry: { createdAt: string }) => new Date(entry.createdAt).getTime())
    expect(attemptTimes[1] - attemptTimes[0]).toBeGreaterThanOrEqual(200)
    expect(attemptTimes[2] - attemptTimes[1]).toBeGreaterThanOrEqual(400)
  })
})

describe('deliveries at least once', () => {
  it('delivers one event for each of many issues published at the same moment', async () => {
    await createWebhook('/parallel')
    const issues = (await Promise.all(Array.from({ length: 6 }, (_, n) => approvedIssue(`并行发布 ${n}`)))).map(({ issueID }) => issueID)
    const answers = await Promise.all(issues.map((id) => workflow(staff.editor.client, 'issues', id, 'publish')))
    expect(answers.map(({ status }) => status)).toEqual(issues.map(() => 200))
    await deliveriesSettled()
    for (const id of issues) expect(types(receiver.hooksFor('/parallel', id))).toEqual(['issue.published'])
  })

  it('delivers the event of a publication whose server died the moment it committed', async () => {
    await createWebhook('/after-crash')
    const { issueID } = await approvedIssue('发布后宕机')
    // A second server on the same database that runs no jobs: whatever it queued, it cannot send.
    const doomed = await startTestServer(context.database, { JOBS_AUTORUN: 'false' })
    const published = await workflow(restClient(doomed.baseURL, staff.editor.token), 'issues', issueID, 'publish')
    await doomed.kill()
    expect(published.status).toBe(200)
    // The dead server ran no jobs, so whatever is delivered now was queued in its committed
    // transaction and picked up by the other server (which also deletes the job when done).
    await deliveriesSettled()
    expect(types(receiver.hooksFor('/after-crash', issueID))).toEqual(['issue.published'])
  })
})

describe('the outbox', () => {
  it('queues the deliveries in the transaction that publishes: they commit, or roll back, with it', async () => {
    const webhook = await createWebhook('/outbox')
    const scaffold = await createScaffold(context.payload, 2042, ++issueNumber)
    await context.payload.create({ collection: 'items', data: { title: '事务内排队', issue: scaffold.issue.id, section: scaffold.sections[0].id }, draft: true })
    const { payload } = context
    const pending = await payload.find({ collection: 'items', depth: 0, draft: true, where: { issue: { equals: scaffold.issue.id } } })
    for (const item of pending.docs) {
      await actAs(payload, staff.editor.user, { action: 'submit', collection: 'items', id: item.id })
      await actAs(payload, staff.reviewer.user, { action: 'approve', collection: 'items', id: item.id })
    }
    await actAs(payload, staff.editor.user, { action: 'submit', collection: 'issues', id: scaffold.issue.id })
    await actAs(payload, staff.reviewer.user, { action: 'approve', collection: 'issues', id: scaffold.issue.id })

    const req = await createLocalReq({ user: { ...staff.editor.user, collection: 'users' } }, payload)
    await initTransaction(req)
    await runTransition(req, { action: 'publish', collection: 'issues', id: scaffold.issue.id }, { notify: false })
    const jobs: Where = { and: [{ 'input.issue': { equals: String(scaffold.issue.id) } }, { 'input.webhook': { equals: String(webhook.id) } }] }
    expect((await payload.count({ collection: 'payload-jobs', req, where: jobs })).totalDocs).toBe(1)
    await killTransaction(req)
    expect((await payload.count({ collection: 'payload-jobs', where: jobs })).totalDocs).toBe(0)
    expect((await payload.findByID({ collection: 'issues', draft: true, id: scaffold.issue.id })).workflowState).toBe('approved')
  })
})

describe('who may see and change webhooks', () => {
  let webhook: Webhook
  let deliveryID: number
  beforeAll(async () => {
    webhook = await createWebhook('/access', { active: false })
    await recordDeliveryAttempt(context.payload, {
      attempt: 1,
      delivered: true,
      deliveryID: 'access-check',
      durationMs: 5,
      error: null,
      issueID: '1',
      requestBody: '{}',
      responseExcerpt: null,
      responseStatus: 204,
      type: 'issue.published',
      webhookID: webhook.id,
    })
    const { body } = ok(await staff.admin.client.get('/api/webhook-deliveries?where[deliveryID][equals]=access-check'))
    deliveryID = body.docs[0].id
  })

  it('keeps webhooks from editors and the public', async () => {
    for (const client of [staff.editor.client, anonymous]) {
      expect((await client.get('/api/webhooks')).status).toBe(403)
      expect((await client.get(`/api/webhooks/${webhook.id}`)).status).toBe(403)
      expect((await client.post('/api/webhooks', { name: 'x', url: receiver.url('/x') })).status).toBe(403)
      expect((await client.patch(`/api/webhooks/${webhook.id}`, { active: true })).status).toBe(403)
      expect((await client.delete(`/api/webhooks/${webhook.id}`)).status).toBe(403)
    }
  })

  it('lets administrators read the delivery log, and nobody write it', async () => {
    for (const client of [staff.editor.client, anonymous]) {
      expect((await client.get('/api/webhook-deliveries')).status).toBe(403)
      expect((await client.get(`/api/webhook-deliveries/${deliveryID}`)).status).toBe(403)
    }
    const forged = { deliveryID: 'forged', eventType: 'issue.published' as const, issueID: '1', attempt: 1, delivered: true }
    for (const client of [staff.admin.client, staff.editor.client, anonymous]) {
      expect((await client.post('/api/webhook-deliveries', forged)).status).toBe(403)
      expect((await client.patch(`/api/webhook-deliveries/${deliveryID}`, { delivered: false })).status).toBe(403)
      expect((await client.delete(`/api/webhook-deliveries/${deliveryID}`)).status).toBe(403)
    }
    // Server code that skips access control still writes only through recordDeliveryAttempt.
    await expect(context.payload.create({ collection: 'webhook-deliveries', data: forged })).rejects.toMatchObject({ status: 403 })
    expect(await context.payload.count({ collection: 'webhook-deliveries', where: { deliveryID: { equals: 'forged' } } })).toEqual({ totalDocs: 0 })
  })

  it('refuses an address that is not http or https', async () => {
    for (const url of ['ftp://hooks.example.org/bulletin', 'not a url', '']) {
      const refused = await staff.admin.client.post('/api/webhooks', { name: 'bad', url }, { 'Accept-Language': 'en' })
      expect(refused.status).toBe(400)
      expect(refused.body.errors[0].data.errors[0].path).toBe('url')
    }
  })
})
