import type { Payload } from 'payload'

import type { Author, Issue, Item, Reference, Section, Series, User } from '../../src/payload-types'

export type Scaffold = {
  authors: Author[]
  issue: Issue
  references: Reference[]
  sections: Section[]
  series: Series
}

let counter = 0
/** Unique per call, so specs can create what they need without colliding with each other. */
export function unique(prefix: string): string {
  counter += 1
  return `${prefix}-${Date.now().toString(36)}-${counter}`
}

export function paragraph(...children: object[]) {
  return { type: 'paragraph', version: 1, children, direction: 'ltr', format: '', indent: 0, textFormat: 0 }
}

export function text(content: string, format = 0) {
  return { type: 'text', version: 1, text: content, format, detail: 0, mode: 'normal', style: '' }
}

export function footnote(referenceID: number | string) {
  return {
    type: 'inlineBlock',
    version: 1,
    fields: { id: unique('fn'), blockName: '', blockType: 'footnote', reference: referenceID },
  }
}

export function richText(...children: object[]): NonNullable<Item['body']> {
  return { root: { type: 'root', version: 1, children: children as never, direction: 'ltr', format: '', indent: 0 } }
}

/** A series with an in-progress issue that uses two sections, two contributors and two references. */
export async function createScaffold(payload: Payload, year = 2026, number = 1): Promise<Scaffold> {
  const tag = unique('scaffold')
  const series = await payload.create({
    collection: 'series',
    data: {
      title: `测试动态 ${tag}`,
      titleEn: `Test Newsletter ${tag}`,
      publisherInstitute: '测试研究所',
      frequency: 'monthly',
      issueLabelStyle: 'bracket',
    },
  })
  const sections = [
    await payload.create({ collection: 'sections', data: { name: `研究动态 ${tag}`, nameEn: `Research ${tag}` } }),
    await payload.create({ collection: 'sections', data: { name: `国际观察 ${tag}`, nameEn: `World ${tag}` } }),
  ]
  const issue = await payload.create({
    collection: 'issues',
    data: { series: series.id, year, number, sections: sections.map((section) => ({ section: section.id })) },
    draft: true,
  })
  const authors = [
    await payload.create({ collection: 'authors', data: { displayName: `林 秋 ${tag}`, kind: 'person' } }),
    await payload.create({ collection: 'authors', data: { displayName: `科技观察报 ${tag}`, kind: 'organisation' } }),
  ]
  const references = [
    await payload.create({
      collection: 'references',
      data: { kind: 'web_news', title: `新闻 ${tag}`, url: `https://news.example.org/${tag}/a` },
    }),
    await payload.create({
      collection: 'references',
      data: { kind: 'journal_article', title: `论文 ${tag}`, journal: 'Test Journal', doi: `10.5555/${tag}` },
    }),
  ]
  return { authors, issue, references, sections, series }
}

export async function createUser(payload: Payload, roles: User['roles'], email = `${unique('user')}@test.example`) {
  const password = 'correct-horse-battery'
  const user = await payload.create({ collection: 'users', data: { email, name: email, password, roles } })
  return { email, password, user }
}

/**
 * Writes into a draft's newest version past every hook and validation, as content stored before
 * today's checks existed could be: for proving the later defences (renderer, publication) hold.
 */
export async function writePastValidation(payload: Payload, id: number, change: (version: Record<string, any>) => Record<string, unknown>) {
  const { docs } = await payload.findVersions({ collection: 'items', depth: 0, limit: 1, sort: '-updatedAt', where: { parent: { equals: id } } })
  const [latest] = docs
  await payload.db.updateVersion({
    collection: 'items',
    id: latest.id,
    versionData: { ...latest, version: change(latest.version as Record<string, any>) } as never,
  })
}
