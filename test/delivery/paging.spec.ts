import { createUser, paragraph, richText, text, unique } from '../helpers/fixtures'
import { initPayload, type TestPayload } from '../helpers/initPayload'
import { restClient } from '../helpers/rest'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { publishThroughWorkflow } from '../helpers/workflow'

/**
 * A section and a contributor that span three published issues, paged by the database: every page
 * is bounded, and the pages in turn give the whole list once, newest issue first, in print order.
 */
let context: TestPayload
let server: TestServer
let sectionSlug: string
let authorSlug: string
/** Titles in the order the API must give them: 2026【03】, 2025【07】, 2024【01】, each by position. */
const expectedSectionOrder: string[] = []
const expectedAuthorOrder: string[] = []

beforeAll(async () => {
  context = await initPayload('paging')
  const { payload } = context
  const editor = (await createUser(payload, ['editor'])).user
  const reviewer = (await createUser(payload, ['reviewer'])).user
  const tag = unique('paging')
  const series = await payload.create({
    collection: 'series',
    data: { title: `分页动态 ${tag}`, titleEn: `Paging ${tag}`, publisherInstitute: '测试研究所', frequency: 'monthly', issueLabelStyle: 'bracket' },
  })
  const section = await payload.create({ collection: 'sections', data: { name: `分页栏目 ${tag}`, nameEn: `Paged ${tag}` } })
  const author = await payload.create({ collection: 'authors', data: { displayName: `陈 页 ${tag}`, kind: 'person' } })
  const other = await payload.create({ collection: 'authors', data: { displayName: `王 页 ${tag}`, kind: 'person' } })
  sectionSlug = section.slug!
  authorSlug = author.slug!
  // Published oldest last on purpose: the order is the issues', not the publication's.
  for (const [year, number] of [[2025, 7], [2024, 1], [2026, 3]] as const) {
    const issue = await payload.create({ collection: 'issues', data: { series: series.id, year, number, sections: [{ section: section.id }] }, draft: true })
    // Created out of print order: the order is the positions'.
    for (const position of [3, 1, 2]) {
      const credited = !(year === 2024 && position === 3)
      await payload.create({
        collection: 'items',
        data: {
          title: `${year}年第${number}期第${position}篇`,
          issue: issue.id,
          section: section.id,
          position,
          body: richText(paragraph(text('分页正文'))),
          credits: [{ contributor: credited ? author.id : other.id, role: 'compiled' }],
        },
        draft: true,
      })
    }
    await publishThroughWorkflow(payload, issue.id, { editor, reviewer })
  }
  for (const [year, number] of [[2026, 3], [2025, 7], [2024, 1]]) {
    for (const position of [1, 2, 3]) {
      expectedSectionOrder.push(`${year}年第${number}期第${position}篇`)
      if (!(year === 2024 && position === 3)) expectedAuthorOrder.push(`${year}年第${number}期第${position}篇`)
    }
  }
  server = await startTestServer(context.database, { JOBS_AUTORUN: 'false' })
})
afterAll(async () => {
  await server?.stop()
  await context?.close()
})

async function pages(path: string, limit: number, listOf: (body: any) => Array<{ title: string }>) {
  const titles: string[] = []
  const bodies: any[] = []
  for (let page = 1; ; page++) {
    const { body, status } = await restClient(server.baseURL).get(`${path}?limit=${limit}&page=${page}`)
    expect(status).toBe(200)
    expect(listOf(body).length).toBeLessThanOrEqual(limit)
    bodies.push(body)
    titles.push(...listOf(body).map((item) => item.title))
    if (page >= body.totalPages) return { bodies, titles }
  }
}

describe('lists paged by the database', () => {
  it("gives a section's items page by page, newest issue first and in print order within an issue", async () => {
    const { bodies, titles } = await pages(`/delivery/v1/sections/${sectionSlug}/items`, 4, (body) => body.docs)
    expect(titles).toEqual(expectedSectionOrder)
    expect(bodies.map((body) => body.docs.length)).toEqual([4, 4, 1])
    expect(bodies[0]).toMatchObject({ page: 1, limit: 4, totalDocs: 9, totalPages: 3 })
    expect(bodies[0].docs[0].issue).toMatchObject({ year: 2026, number: 3 })
    // A summary, not the item: the body stays on the item's own page.
    expect(bodies[0].docs[0]).not.toHaveProperty('html')
  })

  it("gives a contributor's items page by page in the same order, with the count per year of all of them", async () => {
    const { bodies, titles } = await pages(`/delivery/v1/authors/${authorSlug}`, 3, (body) => body.items)
    expect(titles).toEqual(expectedAuthorOrder)
    expect(bodies[0]).toMatchObject({
      totalItems: 8,
      page: 1,
      limit: 3,
      totalDocs: 8,
      totalPages: 3,
      itemsPerYear: [
        { year: 2026, count: 3 },
        { year: 2025, count: 3 },
        { year: 2024, count: 2 },
      ],
    })
    for (const body of bodies) expect(body.itemsPerYear).toEqual(bodies[0].itemsPerYear)
  })
})
