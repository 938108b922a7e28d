import JSZip from 'jszip'

import { createScaffold, paragraph, richText, text } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { type StaffMember, signInStaff } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { readPDF } from './pdfPoppler'

let context: TestPayload
let server: TestServer
let staff: Record<'admin' | 'editor' | 'reviewer', StaffMember>
let issueID: number
let itemID: number

const DRAFT_TITLE = '打印预览只给编辑部看的草稿稿件'
const NEWER_DRAFT_TITLE = '改过之后的最新草稿标题'

async function get(path: string, token?: string) {
  return fetch(`${server.baseURL}${path}`, { headers: token ? { Authorization: `JWT ${token}` } : {} })
}

beforeAll(async () => {
  context = await initPayload('print-preview')
  server = await startTestServer(context.database)
  staff = await signInStaff(context.payload, server.baseURL, { admin: ['admin'], editor: ['editor'], reviewer: ['reviewer'] })
  const scaffold = await createScaffold(context.payload, 2026, 4)
  issueID = scaffold.issue.id
  const item = await context.payload.create({
    collection: 'items',
    data: {
      title: DRAFT_TITLE,
      issue: issueID,
      section: scaffold.sections[0].id,
      body: richText(paragraph(text('尚未审核的正文，只在编辑部内部预览。'))),
      credits: [{ contributor: scaffold.authors[0].id, role: 'compiled' }],
    },
    draft: true,
  })
  itemID = item.id
})

afterAll(async () => {
  await server?.stop()
  await context?.close()
})

describe('the print edition of the newest drafts (打印版), for staff', () => {
  it('is refused to the public, and the public edition of an unpublished issue does not exist', async () => {
    const anonymous = await get(`/api/issues/${issueID}/print/pdf`)
    expect(anonymous.status).toBe(403)
    expect((await anonymous.json()).errors[0].message).toMatch(/仅供编辑部|for staff/)
    expect((await get(`/delivery/v1/issues/${issueID}/pdf`)).status).toBe(404)
    expect((await get(`/delivery/v1/issues/${issueID}/docx`)).status).toBe(404)
  })

  it('gives every role of the staff a PDF marked as a draft, with the newest draft text', async () => {
    await context.payload.update({ collection: 'items', id: itemID, data: { title: NEWER_DRAFT_TITLE }, draft: true })
    for (const member of Object.values(staff)) {
      const response = await get(`/api/issues/${issueID}/print/pdf`, member.token)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('cache-control')).toContain('no-store')
      expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="bulletin-2026-04-draft\.pdf"/)
      const pdf = readPDF(Buffer.from(await response.arrayBuffer()), `print-preview-${member.user.roles?.[0]}`)
      const allText = pdf.rawPages.join('\n')
      expect(allText).toContain(NEWER_DRAFT_TITLE)
      expect(allText).not.toContain(DRAFT_TITLE)
      expect(allText).toMatch(/草稿|DRAFT/)
    }
  })

  it('gives the same as a Word file', async () => {
    const response = await get(`/api/issues/${issueID}/print/docx`, staff.editor.token)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="bulletin-2026-04-draft\.docx"/)
    const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()))
    expect(await zip.file('word/document.xml')!.async('string')).toContain(NEWER_DRAFT_TITLE)
  })

  it('answers an unknown issue or format with 404 and a message', async () => {
    const unknownIssue = await get('/api/issues/999999/print/pdf', staff.editor.token)
    expect(unknownIssue.status).toBe(404)
    const unknownFormat = await get(`/api/issues/${issueID}/print/epub`, staff.editor.token)
    expect(unknownFormat.status).toBe(404)
    expect((await unknownFormat.json()).errors[0].message).toMatch(/pdf|docx/)
  })
})
