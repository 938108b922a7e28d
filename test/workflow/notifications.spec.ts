import { createScaffold } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type Mailbox, type ReceivedMail, startMailbox } from '../helpers/mailbox'
import { restClient } from '../helpers/rest'
import { signInStaff, type StaffMember, workflow } from '../helpers/staff'
import { type InProcessServer, startInProcessServer } from '../helpers/restClient'

let context: TestPayload
let server: InProcessServer
let mailbox: Mailbox
let staff: Record<'admin' | 'editor' | 'secondEditor' | 'reviewer' | 'secondReviewer', StaffMember>

beforeAll(async () => {
  mailbox = await startMailbox()
  context = await initPayload('notifications', { env: mailbox.env })
  server = await startInProcessServer(context.payload)
  staff = await signInStaff(context.payload, server.baseURL, {
    admin: ['admin'],
    editor: ['editor'],
    secondEditor: ['editor'],
    reviewer: ['reviewer'],
    secondReviewer: ['reviewer'],
  })
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
  await mailbox?.stop()
})

const to = (member: StaffMember) => (mail: ReceivedMail) => mail.to.includes(member.user.email)
const about = (word: string, title: string) => (mail: ReceivedMail) => mail.subject.includes(word) && mail.subject.includes(title)

describe('e-mail notifications through the SMTP server', () => {
  it('tells reviewers what awaits review, and the editor about changes requested and approval', async () => {
    const scaffold = await createScaffold(context.payload, 2026, 1)
    const { body } = await staff.editor.client.post('/api/items?draft=true', {
      title: '通知测试稿',
      issue: scaffold.issue.id,
      section: scaffold.sections[0].id,
    })
    const id = body.doc.id

    await workflow(staff.editor.client, 'items', id, 'submit')
    const awaiting = await mailbox.waitFor(about('待审核', '通知测试稿'))
    expect(awaiting).toHaveLength(1)
    expect(awaiting[0].to.sort()).toEqual([staff.reviewer.user.email, staff.secondReviewer.user.email].sort())
    expect(awaiting[0].from).toBe('bulletin@test.example')
    expect(awaiting[0].body).toContain(`/admin/collections/items/${id}`)
    expect(awaiting[0].body).toContain('待审核：稿件《通知测试稿》')

    await workflow(staff.reviewer.client, 'items', id, 'request_changes', { comment: '请补充来源' })
    const changes = await mailbox.waitFor(about('退回修改', '通知测试稿'))
    expect(changes[0].to).toEqual([staff.editor.user.email])

    await workflow(staff.editor.client, 'items', id, 'submit')
    await mailbox.waitFor(about('待审核', '通知测试稿'), 2)
    await workflow(staff.secondReviewer.client, 'items', id, 'approve')
    const approved = await mailbox.waitFor(about('审核通过', '通知测试稿'))
    expect(approved[0].to).toEqual([staff.editor.user.email])
  })

  it('tells editors when an issue is approved and when it is published, but not the one who acted', async () => {
    const scaffold = await createScaffold(context.payload, 2026, 2)
    const { body } = await staff.editor.client.post('/api/items?draft=true', {
      title: '整期通知稿',
      issue: scaffold.issue.id,
      section: scaffold.sections[0].id,
    })
    await workflow(staff.editor.client, 'items', body.doc.id, 'submit')
    await workflow(staff.reviewer.client, 'items', body.doc.id, 'approve')
    await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'submit')
    await mailbox.waitFor(about('待审核', scaffold.issue.title as string))
    await workflow(staff.reviewer.client, 'issues', scaffold.issue.id, 'approve')
    const approved = await mailbox.waitFor(about('审核通过', scaffold.issue.title as string))
    expect(approved[0].to.sort()).toEqual([staff.editor.user.email, staff.secondEditor.user.email].sort())

    await workflow(staff.editor.client, 'issues', scaffold.issue.id, 'publish')
    const published = await mailbox.waitFor(about('已发布', scaffold.issue.title as string))
    expect(published[0].to).toEqual([staff.secondEditor.user.email])
    expect(mailbox.mails.filter(to(staff.admin))).toEqual([])
  })
})

describe('the bell: what the mails say, in each recipient’s admin', () => {
  type Notice = { id: number; subject: string; documentTitle: string; documentCollection: string; read: boolean; recipient: number }
  const unread = async (member: StaffMember) =>
    (await member.client.get<{ docs: Notice[] }>('/api/notifications?depth=0&where[read][equals]=false&limit=100')).body.docs

  it('gives each reviewer their own unread notice of what awaits review, and none to the one who acted', async () => {
    const scaffold = await createScaffold(context.payload, 2026, 8)
    const { body } = await staff.editor.client.post('/api/items?draft=true', { title: '铃铛测试稿', issue: scaffold.issue.id, section: scaffold.sections[0].id })
    await workflow(staff.editor.client, 'items', body.doc.id, 'submit')

    for (const reviewer of [staff.reviewer, staff.secondReviewer]) {
      const notices = (await unread(reviewer)).filter((notice) => notice.documentTitle === '铃铛测试稿')
      expect(notices).toEqual([expect.objectContaining({ subject: 'awaitingReview', documentCollection: 'items', recipient: reviewer.user.id })])
    }
    expect((await unread(staff.editor)).filter((notice) => notice.documentTitle === '铃铛测试稿')).toEqual([])
    // Private, administrators included: nobody lists another person's notices.
    const all = await staff.admin.client.get<{ docs: Notice[] }>('/api/notifications?depth=0&limit=100')
    expect(all.body.docs.every((notice) => notice.recipient === staff.admin.user.id)).toBe(true)
  })

  it('lets its reader mark a notice read and nothing else; nobody creates one or reads another’s', async () => {
    const [notice] = await unread(staff.reviewer)
    const other = await staff.secondReviewer.client.patch(`/api/notifications/${notice.id}`, { read: true })
    expect(other.status).toBe(403)
    const marked = await staff.reviewer.client.patch(`/api/notifications/${notice.id}`, { read: true, documentTitle: '改掉标题' })
    expect(marked.status).toBe(200)
    const stored = await context.payload.findByID({ collection: 'notifications', id: notice.id })
    expect([stored.read, stored.documentTitle]).toEqual([true, notice.documentTitle])
    expect((await staff.admin.client.post('/api/notifications', { subject: 'approved', documentCollection: 'items', documentID: '1', recipient: staff.reviewer.user.id })).status).toBe(403)
    expect((await restClient(server.baseURL).get('/api/notifications')).status).toBe(403)
  })
})
