import { mentionedIn } from '../../collections/ReviewComments/hooks/mentions'
import { createScaffold } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type Mailbox, type ReceivedMail, startMailbox } from '../helpers/mailbox'
import { type InProcessServer, startInProcessServer } from '../helpers/restClient'
import { signInStaff, type StaffMember } from '../helpers/staff'

let context: TestPayload
let server: InProcessServer
let mailbox: Mailbox
let staff: Record<'editor' | 'reviewer' | 'colleague' | 'namesake', StaffMember>
let itemID: number
let otherItemID: number

type Comment = { id: number; author: number; mentions: number[]; replyTo: null | number; target: { relationTo: string; value: number }; text: string }
type Notice = { subject: string; documentID: string; documentTitle: string; actor: number }

beforeAll(async () => {
  mailbox = await startMailbox()
  context = await initPayload('review-threads', { env: mailbox.env })
  server = await startInProcessServer(context.payload)
  staff = await signInStaff(context.payload, server.baseURL, { editor: ['editor'], reviewer: ['reviewer'], colleague: ['editor'], namesake: ['reviewer'] })
  const names = { editor: '李编辑', reviewer: 'Reviewer Zhang', colleague: '王小明', namesake: '王小' } as const
  for (const [member, name] of Object.entries(names)) {
    await context.payload.update({ collection: 'users', data: { name }, id: staff[member as keyof typeof names].user.id })
  }
  const scaffold = await createScaffold(context.payload, 2026, 3)
  const create = async (title: string) =>
    (await staff.editor.client.post<{ doc: { id: number } }>('/api/items?draft=true', { issue: scaffold.issue.id, section: scaffold.sections[0].id, title })).body.doc.id
  itemID = await create('讨论串测试稿')
  otherItemID = await create('另一篇稿件')
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
  await mailbox?.stop()
})

const onItem = (id: number) => ({ relationTo: 'items', value: id })
const comment = (member: StaffMember, body: object) => member.client.post<{ doc: Comment; errors?: Array<{ message: string }> }>('/api/review-comments?depth=0', body)
const notices = async (member: StaffMember) => (await member.client.get<{ docs: Notice[] }>('/api/notifications?depth=0&limit=100&sort=-createdAt')).body.docs
const to = (member: StaffMember) => (mail: ReceivedMail) => mail.to.includes(member.user.email)

describe('who a comment mentions', () => {
  const people = [
    { email: 'wang@test.example', id: 1, name: '王小' },
    { email: 'wxm@test.example', id: 2, name: '王小明' },
    { email: 'zhang@test.example', id: 3, name: 'Reviewer Zhang' },
  ]

  it('reads the longest name after each @, by name or e-mail address, Latin letters in any case', () => {
    expect(mentionedIn('@王小明 请核对表 2。', people)).toEqual([2])
    expect(mentionedIn('@王小 和 @王小明', people)).toEqual([1, 2])
    expect(mentionedIn('请 @reviewer zhang 看看，抄送 @zhang@test.example', people)).toEqual([3])
    expect(mentionedIn('邮箱 wang@test.example 不是提及', people)).toEqual([])
    expect(mentionedIn('@某人 不在编辑部', people)).toEqual([])
  })
})

describe('threads of review comments over REST', () => {
  it('puts a reply under the comment it answers, about the same document, and a reply to a reply under the first', async () => {
    const first = await comment(staff.reviewer, { target: onItem(itemID), text: '第二段缺少数据来源。' })
    expect(first.status).toBe(201)
    const reply = await comment(staff.editor, { replyTo: first.body.doc.id, text: '已补充来源，请再看。' })
    expect(reply.status).toBe(201)
    expect(reply.body.doc).toMatchObject({ replyTo: first.body.doc.id, target: onItem(itemID) })
    const replyToReply = await comment(staff.reviewer, { replyTo: reply.body.doc.id, target: onItem(itemID), text: '好的。' })
    expect(replyToReply.body.doc.replyTo).toBe(first.body.doc.id)

    const thread = await staff.reviewer.client.get<{ docs: Comment[] }>(`/api/review-comments?depth=0&where[replyTo][equals]=${first.body.doc.id}&sort=createdAt`)
    expect(thread.body.docs.map((doc) => doc.text)).toEqual(['已补充来源，请再看。', '好的。'])
  })

  it('refuses, with a reason, a reply to a comment that does not exist or about another document, and keeps a thread from moving', async () => {
    const missing = await comment(staff.editor, { replyTo: 999999, text: '回复不存在的意见' })
    expect(missing.status).toBe(400)
    expect(missing.body.errors?.[0].message).toBe('要回复的意见 999999 不存在。')

    const first = await comment(staff.reviewer, { target: onItem(itemID), text: '标题太长。' })
    const elsewhere = await comment(staff.editor, { replyTo: first.body.doc.id, target: onItem(otherItemID), text: '回复到别处' })
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.body.errors?.[0].message).toBe('回复须与原意见针对同一稿件或期刊。')

    const reply = await comment(staff.editor, { replyTo: first.body.doc.id, text: '已缩短。' })
    const moved = await staff.editor.client.patch<{ doc: Comment }>(`/api/review-comments/${reply.body.doc.id}?depth=0`, { replyTo: null, target: onItem(otherItemID) })
    expect(moved.status).toBe(200)
    expect(moved.body.doc).toMatchObject({ replyTo: first.body.doc.id, target: onItem(itemID) })
  })

  it('keeps a comment that has replies (it can be resolved instead) and deletes one that has none', async () => {
    const first = await comment(staff.reviewer, { target: onItem(itemID), text: '图 1 不清楚。' })
    const reply = await comment(staff.editor, { replyTo: first.body.doc.id, text: '已换成高清图。' })
    const refused = await staff.reviewer.client.delete<{ errors: Array<{ message: string }> }>(`/api/review-comments/${first.body.doc.id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toBe('这条意见已有回复，不能删除；可以将其标记为已解决。')
    expect((await staff.editor.client.delete(`/api/review-comments/${reply.body.doc.id}`)).status).toBe(200)
    expect((await staff.reviewer.client.delete(`/api/review-comments/${first.body.doc.id}`)).status).toBe(200)
  })
})

describe('mentions and replies tell people, by mail and under the bell', () => {
  it('tells a mentioned colleague once, not the namesake whose name is shorter, and not the author', async () => {
    const posted = await comment(staff.reviewer, { target: onItem(itemID), text: '@王小明 请核对表 2 的单位。@Reviewer Zhang 自己记一下。' })
    expect(posted.body.doc.mentions).toEqual([staff.colleague.user.id, staff.reviewer.user.id])

    const mails = await mailbox.waitFor((mail) => to(staff.colleague)(mail) && mail.subject.includes('在审稿意见中提到了你'))
    expect(mails[0].subject).toContain('讨论串测试稿')
    expect(mails[0].body).toContain('“@王小明 请核对表 2 的单位。@Reviewer Zhang 自己记一下。”')
    expect(mails[0].body).toContain(`/admin/collections/items/${itemID}`)
    expect((await notices(staff.colleague))[0]).toMatchObject({ subject: 'mentioned', documentID: String(itemID), documentTitle: '讨论串测试稿', actor: staff.reviewer.user.id })
    expect((await notices(staff.namesake)).filter((notice) => notice.subject === 'mentioned')).toEqual([])
    expect((await notices(staff.reviewer)).filter((notice) => notice.subject === 'mentioned')).toEqual([])

    // Rewording tells only whoever is newly mentioned.
    const reworded = await staff.reviewer.client.patch<{ doc: Comment }>(`/api/review-comments/${posted.body.doc.id}?depth=0`, { text: '@王小明 @王小 请核对表 2 的单位。' })
    expect(reworded.body.doc.mentions.sort()).toEqual([staff.colleague.user.id, staff.namesake.user.id].sort())
    await mailbox.waitFor((mail) => to(staff.namesake)(mail) && mail.subject.includes('在审稿意见中提到了你'))
    expect((await notices(staff.colleague)).filter((notice) => notice.subject === 'mentioned')).toHaveLength(1)
  })

  it('tells the author of a comment about a reply to it, but not about their own', async () => {
    const first = await comment(staff.reviewer, { target: onItem(otherItemID), text: '摘要需要改写。' })
    await comment(staff.reviewer, { replyTo: first.body.doc.id, text: '补充：控制在 100 字内。' })
    await comment(staff.editor, { replyTo: first.body.doc.id, text: '已改写。' })
    const mails = await mailbox.waitFor((mail) => to(staff.reviewer)(mail) && mail.subject.includes('回复了你的审稿意见：另一篇稿件'))
    expect(mails).toHaveLength(1)
    expect(mails[0].body).toContain('“已改写。”')
    const replies = (await notices(staff.reviewer)).filter((notice) => notice.subject === 'replied' && notice.documentTitle === '另一篇稿件')
    expect(replies).toEqual([expect.objectContaining({ actor: staff.editor.user.id, documentTitle: '另一篇稿件' })])
  })

  it('does not let anyone set who is mentioned by hand', async () => {
    const posted = await comment(staff.editor, { mentions: [staff.namesake.user.id], target: onItem(itemID), text: '没有提及任何人。' })
    expect(posted.body.doc.mentions).toEqual([])
  })
})
