import { createScaffold } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type Mailbox, type ReceivedMail, startMailbox } from '../helpers/mailbox'
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
