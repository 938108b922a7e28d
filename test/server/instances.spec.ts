import type { Series } from '../../src/payload-types'
import { WEBHOOKS_QUEUE } from '../../src/webhooks/queueDeliveries'
import { PUBLISHING_QUEUE } from '../../src/workflow/effects/scheduleIssue'
import { createScaffold } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { restClient } from '../helpers/rest'
import { signInStaff, type StaffMember, workflow } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { waitUntil } from '../helpers/waitUntil'
import { type Receiver, startReceiver } from '../webhooks/receiver'

/**
 * Two production servers on one SQLite file, as two instances behind a load balancer would share a
 * database: what one publishes the other serves, and the jobs queue runs each job once.
 */
let context: TestPayload
let first: TestServer
let second: TestServer
let receiver: Receiver
let staff: Record<'admin' | 'editor' | 'reviewer', StaffMember>
let issueNumber = 0

// Both servers run the queues every second; a lapsed lease passes on after two.
const SERVER_ENV = { JOBS_CRON: '* * * * * *', JOBS_LEASE_SECONDS: '2' }
/** Far longer than the 250 ms in which a server learns of another's change, far shorter than the cache's 300 s. */
const WITHIN = 5000

beforeAll(async () => {
  receiver = await startReceiver()
  context = await initPayload('instances')
  ;[first, second] = await Promise.all([startTestServer(context.database, SERVER_ENV), startTestServer(context.database, SERVER_ENV)])
  staff = await signInStaff(context.payload, first.baseURL, { admin: ['admin'], editor: ['editor'], reviewer: ['reviewer'] })
})
afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()])
  await context?.close()
  await receiver?.stop()
})

const through = (server: TestServer, member: StaffMember) => restClient(server.baseURL, member.token)
const reader = (server: TestServer) => restClient(server.baseURL)

async function ok(response: Promise<{ body: any; status: number }>, expected = 200) {
  const { body, status } = await response
  if (status !== expected) throw new Error(`Expected ${expected}, got ${status}: ${JSON.stringify(body).slice(0, 500)}`)
  return body
}

/** An issue of one item, taken through review on `server`. */
async function approvedIssue(server: TestServer, title: string): Promise<{ issueID: number; itemID: number; sectionID: number; series: Series }> {
  const scaffold = await createScaffold(context.payload, 2050, ++issueNumber)
  const editor = through(server, staff.editor)
  const reviewer = through(server, staff.reviewer)
  const { doc } = await ok(editor.post('/api/items?draft=true', { title, issue: scaffold.issue.id, section: scaffold.sections[0].id }), 201)
  await ok(workflow(editor, 'items', doc.id, 'submit'))
  await ok(workflow(reviewer, 'items', doc.id, 'approve'))
  await ok(workflow(editor, 'issues', scaffold.issue.id, 'submit'))
  await ok(workflow(reviewer, 'issues', scaffold.issue.id, 'approve'))
  return { issueID: scaffold.issue.id, itemID: doc.id, sectionID: scaffold.sections[0].id, series: scaffold.series }
}

/** Waits until `server` answers `path` as `shows` wants, and says how long that took. */
async function servedWithin(server: TestServer, path: string, shows: (body: any, status: number) => boolean): Promise<number> {
  const started = Date.now()
  let last: unknown
  await waitUntil(
    async () => {
      const { body, status } = await reader(server).get(path)
      last = { status, body }
      return shows(body, status)
    },
    { describe: () => `${path} on the other server still answers ${JSON.stringify(last).slice(0, 600)}`, intervalMs: 50, timeoutMs: WITHIN },
  )
  return Date.now() - started
}

const searchIDs = (body: any) => (body.docs ?? []).map((hit: { id: number }) => hit.id)

describe('two servers on one database', () => {
  it('serves a publication, a correction, an edit of a section and a withdrawal made through the other server', async () => {
    const { issueID, itemID, sectionID, series } = await approvedIssue(first, '钕铁硼磁体的双实例发布')
    const issuesPath = `/delivery/v1/series/${series.slug}/issues`
    const searchPath = `/delivery/v1/search?q=${encodeURIComponent('钕铁')}`
    // The second server answers, and keeps its answers in its cache for 300 s.
    expect((await ok(reader(second).get(issuesPath))).totalDocs).toBe(0)
    expect(searchIDs(await ok(reader(second).get(searchPath)))).toEqual([])
    expect((await reader(second).get(`/delivery/v1/items/${itemID}`)).status).toBe(404)

    await ok(workflow(through(first, staff.editor), 'issues', issueID, 'publish'))
    const delays = [
      await servedWithin(second, issuesPath, (body) => body.totalDocs === 1 && body.docs[0].id === issueID),
      await servedWithin(second, `/delivery/v1/issues/${issueID}/full`, (body, status) => status === 200 && JSON.stringify(body).includes('钕铁硼磁体的双实例发布')),
      await servedWithin(second, `/delivery/v1/items/${itemID}`, (body, status) => status === 200 && body.title === '钕铁硼磁体的双实例发布'),
      await servedWithin(second, searchPath, (body) => searchIDs(body).includes(itemID)),
      await servedWithin(second, `/delivery/v1/feeds/${series.slug}.rss`, (body) => String(body).includes('钕铁硼磁体的双实例发布')),
    ]

    const editor = through(first, staff.editor)
    await ok(editor.patch(`/api/items/${itemID}?draft=true`, { title: '钐钴磁体的双实例更正' }))
    await ok(workflow(editor, 'items', itemID, 'submit'))
    await ok(workflow(through(first, staff.reviewer), 'items', itemID, 'approve'))
    await ok(workflow(editor, 'issues', issueID, 'publish'))
    delays.push(await servedWithin(second, `/delivery/v1/items/${itemID}`, (body) => body.title === '钐钴磁体的双实例更正'))
    delays.push(await servedWithin(second, `/delivery/v1/search?q=${encodeURIComponent('钐钴')}`, (body) => searchIDs(body).includes(itemID)))
    delays.push(await servedWithin(second, searchPath, (body) => !searchIDs(body).includes(itemID)))

    await ok(through(first, staff.editor).patch(`/api/sections/${sectionID}`, { name: '改名后的栏目' }))
    delays.push(await servedWithin(second, `/delivery/v1/issues/${issueID}`, (body) => body.sections[0].name === '改名后的栏目'))

    await ok(workflow(through(first, staff.admin), 'issues', issueID, 'withdraw', { reason: '双实例撤回' }))
    delays.push(await servedWithin(second, `/delivery/v1/issues/${issueID}`, (_body, status) => status === 404))
    delays.push(await servedWithin(second, issuesPath, (body) => body.totalDocs === 0))
    delays.push(await servedWithin(second, `/delivery/v1/search?q=${encodeURIComponent('钐钴')}`, (body) => searchIDs(body).length === 0))
    console.log(`The other server served each change after ${delays.join(', ')} ms`)
  })

  it('finds a two-character word on a server started afresh: the index is in the database', async () => {
    const { issueID, itemID } = await approvedIssue(second, '稀土永磁材料的冷启动检索')
    await ok(workflow(through(second, staff.editor), 'issues', issueID, 'publish'))
    const fresh = await startTestServer(context.database, { JOBS_AUTORUN: 'false' })
    try {
      const body = await ok(reader(fresh).get(`/delivery/v1/search?q=${encodeURIComponent('永磁')}`))
      expect(searchIDs(body)).toContain(itemID)
      expect(body.docs.find((hit: { id: number }) => hit.id === itemID).snippet).toContain('<mark>永磁</mark>')
    } finally {
      await fresh.stop()
    }
  })

  describe('the jobs queue', () => {
    // The queues under test; the reminders queue keeps tomorrow morning's job waiting.
    const queues = [WEBHOOKS_QUEUE, PUBLISHING_QUEUE]
    const pendingJobs = async () =>
      (
        await context.payload.count({
          collection: 'payload-jobs',
          where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }, { queue: { in: queues } }] },
        })
      ).totalDocs

    async function queueSettled(): Promise<void> {
      await waitUntil(async () => (await pendingJobs()) === 0, { describe: async () => `${await pendingJobs()} job(s) still pending`, timeoutMs: 30_000 })
    }

    it('runs each webhook delivery and each scheduled publication once, on one of the servers', async () => {
      // Ten receivers make fifty deliveries, queued together: both servers' runners would find the same jobs.
      const paths = Array.from({ length: 10 }, (_, index) => `/instances-${index}`)
      const holder = async () => String((await context.payload.findGlobal({ slug: 'jobs-lease' })).holder ?? '')
      const heldByAServer = async () => {
        const name = await holder()
        return [first.pid, second.pid].some((pid) => name.includes(`:${pid}:`))
      }
      await waitUntil(heldByAServer, { describe: () => 'No server took the jobs lease' })
      const runner = await holder()
      for (const path of paths) {
        const { doc: webhook } = await ok(through(first, staff.admin).post('/api/webhooks', { name: path, url: receiver.url(path) }), 201)
        receiver.secrets.set(path, webhook.secret)
      }
      const published = []
      for (const [index, server] of [first, second, first, second].entries()) {
        const { issueID } = await approvedIssue(server, `双实例推送 ${index}`)
        await ok(workflow(through(server, staff.editor), 'issues', issueID, 'publish'))
        published.push(issueID)
      }
      const scheduled = await approvedIssue(second, '双实例定时发布')
      const publishAt = new Date(Date.now() + 2000).toISOString()
      await ok(workflow(through(second, staff.editor), 'issues', scheduled.issueID, 'schedule', { publishAt }))
      await waitUntil(async () => (await context.payload.findByID({ collection: 'issues', id: scheduled.issueID, depth: 0 })).workflowState === 'published', {
        describe: () => 'The scheduled issue was not published',
        timeoutMs: 30_000,
      })
      await queueSettled()

      for (const issueID of [...published, scheduled.issueID]) {
        for (const path of paths) expect(receiver.hooksFor(path, issueID).map((hook) => hook.event.type)).toEqual(['issue.published'])
      }
      const publications = await context.payload.find({
        collection: 'audit-log',
        where: { and: [{ documentCollection: { equals: 'issues' } }, { documentID: { equals: String(scheduled.issueID) } }, { action: { equals: 'publish' } }] },
      })
      expect(publications.totalDocs).toBe(1)
      // One server ran the queue throughout, though both ticked every second.
      expect(await holder()).toBe(runner)
    })

    it('passes the queue to the other server when the one running it dies', async () => {
      const lease = await context.payload.findGlobal({ slug: 'jobs-lease' })
      const [holder, survivor] = String(lease.holder).includes(`:${first.pid}:`) ? [first, second] : [second, first]
      expect(String(lease.holder)).toContain(`:${holder.pid}:`)
      await holder.kill()

      const { issueID } = await approvedIssue(survivor, '接管后推送')
      await ok(workflow(through(survivor, staff.editor), 'issues', issueID, 'publish'))
      await queueSettled()
      expect(receiver.hooksFor('/instances-0', issueID).map((hook) => hook.event.type)).toEqual(['issue.published'])
      expect(String((await context.payload.findGlobal({ slug: 'jobs-lease' })).holder)).toContain(`:${survivor.pid}:`)
    })
  })
})
