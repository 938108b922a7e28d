import type { Payload } from 'payload'

import { seedAuthors } from './authors'
import type { SeedContext } from './findOrCreate'
import { issueState, type IssueKey, seedIssues } from './issues'
import { seedItems } from './items'
import { seedMedia } from './media'
import { seedReferences } from './references'
import { seedSections } from './sections'
import { seedSeries } from './series'
import { type DemoAccount, seedUsers } from './users'
import { advanceIssue } from './workflow'

export type SeedReport = { accounts: DemoAccount[]; created: number; existing: number }

/**
 * Demo content in the shape of a real research bulletin: one series, two issues (one published,
 * one in progress), their sections, items, contributors, references and figures, plus the demo
 * accounts. Every document is looked up by a natural key first, so running it again adds nothing.
 */
export async function seed(payload: Payload): Promise<SeedReport> {
  const context: SeedContext = { payload, tally: { created: 0, existing: 0 } }
  const users = await seedUsers(context)
  const series = await seedSeries(context)
  const sections = await seedSections(context)
  const authors = await seedAuthors(context, users)
  const references = await seedReferences(context)
  const media = await seedMedia(context)
  const issues = await seedIssues(context, { series, sections, editor: users.byRole.editor })
  const actors = { editor: users.byRole.editor, reviewer: users.byRole.reviewer }
  await seedItems(context, { issues, sections, authors, references, media, actors })
  for (const key of Object.keys(issues) as IssueKey[]) {
    if (issues[key].workflowState === 'planning') await advanceIssue(payload, actors, issues[key], issueState(key))
  }
  return { accounts: users.accounts, ...context.tally }
}
