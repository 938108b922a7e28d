import type { DemoAuthors } from './authors'
import { firstIssueItems } from './content/firstIssueItems'
import type { BodyLinks, ItemSeed } from './content/itemSeed'
import { secondIssueItems } from './content/secondIssueItems'
import { findOrCreate, findOne, type SeedContext } from './findOrCreate'
import { type DemoIssues, type IssueKey, issueState } from './issues'
import { footnote, upload } from '../richtext/lexical'
import type { DemoMedia } from './media'
import type { DemoReferences } from './references'
import type { DemoSections } from './sections'
import { type Actors, advanceItem } from './workflow'

const itemSeeds: Record<IssueKey, ItemSeed[]> = { first: firstIssueItems, second: secondIssueItems }

type Related = {
  issues: DemoIssues
  sections: DemoSections
  authors: DemoAuthors
  references: DemoReferences
  media: DemoMedia
  actors: Actors
}

export async function seedItems({ payload, tally }: SeedContext, related: Related): Promise<void> {
  const links: BodyLinks = {
    cite: (reference) => footnote(related.references[reference].id),
    figure: (figure) => upload(related.media[figure].id),
  }
  for (const issueKey of Object.keys(itemSeeds) as IssueKey[]) {
    const publishedIssue = issueState(issueKey) === 'published'
    for (const { body, credits, section, state = 'draft', ...seed } of itemSeeds[issueKey]) {
      await findOrCreate(
        tally,
        () => findOne(payload, 'items', { slug: { equals: seed.slug } }),
        async () => {
          const item = await payload.create({
            collection: 'items',
            data: {
              ...seed,
              issue: related.issues[issueKey].id,
              section: related.sections[section].id,
              body: body(links),
              credits: credits.map(({ contributor, role }) => ({ contributor: related.authors[contributor].id, role })),
            },
            draft: true,
            user: { ...related.actors.editor, collection: 'users' },
          })
          await advanceItem(payload, related.actors, item, publishedIssue ? 'approved' : state)
          return item
        },
      )
    }
  }
}
