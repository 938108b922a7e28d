import type { Author } from '../payload-types'
import { findOrCreate, findOne, seedEach, type SeedContext } from './findOrCreate'
import type { DemoUsers } from './users'

type AuthorSeed = {
  slug: string
  displayName: string
  kind: Author['kind']
  affiliation?: string
  login?: keyof DemoUsers['byRole']
}

const OFFICE = '滨海能源材料研究所 科研与规划处'

// Two-character names are printed with a space (许 宁), as in the office's credit lines.
const authorSeeds = {
  xuNing: { slug: 'xu-ning', displayName: '许 宁', kind: 'person', affiliation: OFFICE, login: 'editor' },
  tangYue: { slug: 'tang-yue', displayName: '唐 悦', kind: 'person', affiliation: OFFICE },
  chenSiyuan: { slug: 'chen-siyuan', displayName: '陈思远', kind: 'person', affiliation: OFFICE },
  fangHe: { slug: 'fang-he', displayName: '方 禾', kind: 'person', affiliation: OFFICE, login: 'reviewer' },
  morningPost: { slug: 'keji-chenbao', displayName: '科技晨报', kind: 'organisation' },
  energyHerald: { slug: 'nengyuan-daobao', displayName: '能源导报', kind: 'organisation' },
} satisfies Record<string, AuthorSeed>

export type AuthorKey = keyof typeof authorSeeds
export type DemoAuthors = Record<AuthorKey, Author>

export function seedAuthors({ payload, tally }: SeedContext, users: DemoUsers): Promise<DemoAuthors> {
  return seedEach(authorSeeds, ({ login, ...data }: AuthorSeed) =>
    findOrCreate(
      tally,
      () => findOne(payload, 'authors', { slug: { equals: data.slug } }),
      () =>
        payload.create({
          collection: 'authors',
          data: { ...data, user: login ? users.byRole[login].id : undefined },
        }),
    ),
  )
}
