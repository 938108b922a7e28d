import type { Issue, Series, User } from '../payload-types'
import type { IssueState } from '../workflow/states'
import { findOrCreate, findOne, seedEach, type SeedContext } from './findOrCreate'
import { bold, paragraph, richText, type RichText } from '../richtext/lexical'
import type { DemoSections, SectionKey } from './sections'

type IssueSeed = {
  year: number
  number: number
  publicationDate: string
  /** Where the demo leaves the issue; it gets there through the workflow (see workflow.ts). */
  state: IssueState
  sections: Array<{ section: SectionKey; editorsNote?: RichText }>
}

const storageSafetyNote = richText(
  paragraph(
    bold('编者按：'),
    '新型储能正由示范应用走向规模化发展，装机规模快速增长的同时，电站安全与运行效益日益受到关注。',
    '本期专题从全球装机趋势和安全管理制度建设两个角度梳理近期公开信息，供科研管理和技术研发人员参考。',
  ),
)

const issueSeeds = {
  first: {
    year: 2026,
    number: 1,
    publicationDate: '2026-01-22',
    state: 'published',
    sections: [
      { section: 'analysis' },
      { section: 'international' },
      { section: 'funding' },
      { section: 'research' },
      { section: 'specialTopic', editorsNote: storageSafetyNote },
    ],
  },
  second: {
    year: 2026,
    number: 2,
    publicationDate: '2026-03-19',
    state: 'planning',
    sections: [{ section: 'analysis' }, { section: 'strategy' }, { section: 'international' }, { section: 'research' }],
  },
} satisfies Record<string, IssueSeed>

export type IssueKey = keyof typeof issueSeeds
export type DemoIssues = Record<IssueKey, Issue>

export function issueState(issue: IssueKey): IssueState {
  return issueSeeds[issue].state
}

export function seedIssues(
  { payload, tally }: SeedContext,
  { series, sections, editor }: { series: Series; sections: DemoSections; editor: User },
): Promise<DemoIssues> {
  return seedEach(issueSeeds, ({ state: _state, ...seed }: IssueSeed) =>
    findOrCreate(
      tally,
      () =>
        findOne(payload, 'issues', {
          and: [{ series: { equals: series.id } }, { year: { equals: seed.year } }, { number: { equals: seed.number } }],
        }),
      () =>
        payload.create({
          collection: 'issues',
          data: {
            ...seed,
            series: series.id,
            editors: [editor.id],
            sections: seed.sections.map((row) => ({ ...row, section: sections[row.section].id })),
          },
          draft: true,
          user: { ...editor, collection: 'users' },
        }),
    ),
  )
}
