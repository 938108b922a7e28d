import { screenshot, signIn, SLOW } from '../helpers/browser'
import { demoAccount, useDemoAdmin } from '../helpers/demoAdmin'

// The 打印版 button of an issue in the admin: the edition of the newest drafts, for the staff who check it.
const admin = useDemoAdmin('browser-print-edition')

describe('the print edition from the admin', () => {
  it('opens the PDF of an unpublished issue’s newest drafts from its sidebar, and offers the Word file', async () => {
    const { docs } = await admin.payload.find({ collection: 'issues', depth: 0, draft: true, where: { workflowState: { equals: 'planning' } } })
    const issue = docs[0]
    const { page } = await admin.signedIn('REVIEWER')
    await page.goto(`${admin.baseURL}/admin/collections/issues/${issue.id}`)
    const pdfLink = page.locator('.print-edition').getByRole('link', { name: '打印版', exact: true })
    await pdfLink.waitFor({ timeout: SLOW })
    await expect(page.locator('.print-edition').getByRole('link', { name: 'Word 版' }).getAttribute('href')).resolves.toMatch(
      new RegExp(`/api/issues/${issue.id}/print/docx$`),
    )
    await pdfLink.scrollIntoViewIfNeeded()
    await screenshot(page, 'issue-sidebar')

    // A click opens it in a new tab, as the browser navigates there with the reviewer's session.
    const [response] = await Promise.all([
      page.context().waitForEvent('response', { predicate: (answer) => answer.url().endsWith(`/api/issues/${issue.id}/print/pdf`), timeout: SLOW }),
      pdfLink.click(),
    ])
    expect(response.status()).toBe(200)
    expect(response.headers()['content-type']).toBe('application/pdf')
  })

  it('speaks English when the admin does', async () => {
    const { docs } = await admin.payload.find({ collection: 'issues', depth: 0, draft: true, limit: 1 })
    const tab = await admin.open()
    const { page } = tab
    // What the account page's language switch stores.
    await tab.context.addCookies([{ name: 'payload-lng', url: admin.baseURL, value: 'en' }])
    const { email, password } = demoAccount('EDITOR')
    await signIn(page, admin.baseURL, email, password)
    await page.goto(`${admin.baseURL}/admin/collections/issues/${docs[0].id}`)
    await page.locator('.print-edition').getByRole('link', { name: 'Print version (PDF)' }).waitFor({ timeout: SLOW })
  })
})
