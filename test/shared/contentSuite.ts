import type { Payload } from 'payload'

import type { Issue, Series } from '../../src/payload-types'
import { createScaffold, createUser, footnote, paragraph, richText, text, unique } from '../helpers/fixtures'
import { publishThroughWorkflow } from '../helpers/workflow'

/**
 * Local API behaviour every database adapter must keep: run on the default test database
 * (SQLite, or MongoDB with MONGODB_TEST_URI) and on the in-process MongoDB emulator.
 */
export function contentSuite(context: () => { payload: Payload }): void {
  const payload = () => context().payload

  beforeAll(async () => {
    await createUser(payload(), ['admin'])
  })

  it('creates, reads, updates and deletes series, sections, authors and references', async () => {
    const cases = [
      { collection: 'series', data: { title: '测试刊', publisherInstitute: '所' }, change: { titleEn: 'Changed' } },
      { collection: 'sections', data: { name: unique('栏目') }, change: { nameEn: 'Changed' } },
      { collection: 'authors', data: { displayName: unique('王 芳') }, change: { affiliation: 'Changed' } },
      {
        collection: 'references',
        data: { kind: 'report', title: unique('报告') },
        change: { sourceOrganisation: 'Changed' },
      },
    ] as const
    for (const { change, collection, data } of cases) {
      const created = await payload().create({ collection, data: data as never })
      const read = await payload().findByID({ collection, id: created.id })
      expect(read.id).toEqual(created.id)
      const updated = await payload().update({ collection, id: created.id, data: change as never })
      expect(updated).toMatchObject(change)
      await payload().delete({ collection, id: created.id })
      const { totalDocs } = await payload().count({ collection, where: { id: { equals: created.id } } })
      expect(totalDocs).toBe(0)
    }
  })

  it('creates, reads, updates and deletes issues and items', async () => {
    const { issue, sections } = await createScaffold(payload(), 2030, 1)
    const item = await payload().create({
      collection: 'items',
      data: { title: '测试稿件', issue: issue.id, section: sections[0].id },
      draft: true,
    })
    expect(item.slug).toBe('ce-shi-gao-jian')
    expect(item.position).toBe(1)
    const updated = await payload().update({ collection: 'items', id: item.id, data: { summary: '摘要' }, draft: true })
    expect(updated.summary).toBe('摘要')
    await payload().delete({ collection: 'items', id: item.id })
    await payload().delete({ collection: 'issues', id: issue.id })
    expect((await payload().count({ collection: 'issues', where: { id: { equals: issue.id } } })).totalDocs).toBe(0)
  })

  it('derives the printed issue number and title from series, year and number', async () => {
    const { issue, series } = await createScaffold(payload(), 2031, 3)
    expect(issue.label).toBe('2031【03】')
    expect(issue.title).toBe(`${series.title} 2031【03】`)
    await payload().update({ collection: 'series', id: series.id, data: { issueLabelStyle: 'ordinal' } })
    const renumbered = await payload().update({ collection: 'issues', id: issue.id, data: { number: 4 }, draft: true })
    expect(renumbered.label).toBe('2031年第4期')
  })

  it('fills an item’s references from the footnotes in its body', async () => {
    const { issue, references, sections } = await createScaffold(payload(), 2032, 1)
    const item = await payload().create({
      collection: 'items',
      data: {
        title: '带脚注的稿件',
        issue: issue.id,
        section: sections[1].id,
        body: richText(paragraph(text('第一处'), footnote(references[1].id), text('第二处'), footnote(references[0].id))),
      },
      draft: true,
    })
    expect(item.references?.map((reference) => (typeof reference === 'object' ? reference.id : reference))).toEqual([
      references[1].id,
      references[0].id,
    ])
  })

  it('keeps drafts from the public and serves the published version while a new draft is edited', async () => {
    const { issue, sections } = await createScaffold(payload(), 2033, 1)
    const item = await payload().create({
      collection: 'items',
      data: { title: '草稿稿件', issue: issue.id, section: sections[0].id },
      draft: true,
    })
    const anonymousFind = () =>
      payload().find({ collection: 'items', overrideAccess: false, where: { id: { equals: item.id } } })
    expect((await anonymousFind()).totalDocs).toBe(0)

    await payload().update({ collection: 'items', id: item.id, data: { title: '已发布标题' }, draft: true })
    const editor = (await createUser(payload(), ['editor'])).user
    const reviewer = (await createUser(payload(), ['reviewer'])).user
    await publishThroughWorkflow(payload(), issue.id, { editor, reviewer })
    expect((await anonymousFind()).docs[0]?.title).toBe('已发布标题')

    await payload().update({ collection: 'items', id: item.id, data: { title: '修改中的标题' }, draft: true })
    expect((await anonymousFind()).docs[0]?.title).toBe('已发布标题')
    const draft = await payload().findByID({ collection: 'items', id: item.id, draft: true })
    expect(draft.title).toBe('修改中的标题')
    expect(draft.workflowState).toBe('draft')

    const versions = await payload().findVersions({ collection: 'items', where: { parent: { equals: item.id } } })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
    const published = versions.docs.find((version) => version.version.title === '已发布标题' && version.version._status === 'published')
    expect(published).toBeDefined()
  })

  it('gives the delivery API an issue’s published items with their contributors and footnote sources, not the draft edited since', async () => {
    const { authors, issue, references, sections, series } = await createScaffold(payload(), 2035, 1)
    const item = await payload().create({
      collection: 'items',
      data: {
        title: '已发布的稿件',
        issue: issue.id,
        section: sections[0].id,
        credits: [{ contributor: authors[0].id, role: 'compiled' }],
        body: richText(paragraph(text('正文'), footnote(references[1].id))),
      },
      draft: true,
    })
    const editor = (await createUser(payload(), ['editor'])).user
    const reviewer = (await createUser(payload(), ['reviewer'])).user
    await publishThroughWorkflow(payload(), issue.id, { editor, reviewer })
    await payload().update({ collection: 'items', id: item.id, data: { title: '修改中的标题' }, draft: true })

    const { itemsByID, itemsOfIssue, itemsOfSection } = await import('../../src/delivery/published')
    const [delivered, ...others] = await itemsOfIssue(payload(), issue as Issue, true)
    expect(others).toEqual([])
    expect(delivered.title).toBe('已发布的稿件')
    expect(delivered.credits?.[0].contributor).toMatchObject({ displayName: authors[0].displayName, slug: authors[0].slug })
    expect(JSON.stringify(delivered.body)).toContain(`"title":"${references[1].title}"`)

    const [listed] = await itemsByID(payload(), [item.id])
    expect(listed.title).toBe('已发布的稿件')
    expect((listed.issue as Issue).series).toMatchObject({ slug: series.slug })
    expect(listed.credits?.[0].contributor).toMatchObject({ displayName: authors[0].displayName })
    const sectionPage = await itemsOfSection(payload(), sections[0], { limit: 20, page: 1 })
    expect(sectionPage.docs.map((doc) => doc.title)).toEqual(['已发布的稿件'])
    expect(sectionPage.totalDocs).toBe(1)
  })

  it('populates item → issue → series at depth 2 and leaves IDs at depth 0', async () => {
    const { issue, series, sections } = await createScaffold(payload(), 2034, 1)
    const item = await payload().create({
      collection: 'items',
      data: { title: '关系稿件', issue: issue.id, section: sections[0].id },
      draft: true,
    })
    const deep = await payload().findByID({ collection: 'items', id: item.id, depth: 2, draft: true })
    const populatedIssue = deep.issue as Issue
    expect(populatedIssue.id).toEqual(issue.id)
    expect((populatedIssue.series as Series).title).toBe(series.title)
    const shallow = await payload().findByID({ collection: 'items', id: item.id, depth: 0, draft: true })
    expect(shallow.issue).toEqual(issue.id)
  })

  it('sorts contributors by pinyin and matches names however they were spaced', async () => {
    const tag = unique('names')
    for (const displayName of [`赵 敏${tag}`, `艾 青${tag}`, `孙 立${tag}`]) {
      await payload().create({ collection: 'authors', data: { displayName, kind: 'person' } })
    }
    const { docs } = await payload().find({ collection: 'authors', sort: 'sortName', where: { displayName: { like: tag } } })
    expect(docs.map((author) => author.displayName.slice(0, 3))).toEqual(['艾 青', '孙 立', '赵 敏'])
    const match = await payload().find({
      collection: 'authors',
      where: { normalizedName: { equals: `孙立${tag}`.toLowerCase() } },
    })
    expect(match.docs[0]?.displayName).toBe(`孙 立${tag}`)
  })

  it('logs users in with their password and refuses a wrong one', async () => {
    const { email, password } = await createUser(payload(), ['editor'])
    const result = await payload().login({ collection: 'users', data: { email, password } })
    expect(result.token).toEqual(expect.any(String))
    expect(result.user?.roles).toEqual(['editor'])
    await expect(
      payload().login({ collection: 'users', data: { email, password: 'wrong-password' } }),
    ).rejects.toThrow()
  })
}
