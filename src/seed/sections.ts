import type { Section } from '../payload-types'
import { findOrCreate, findOne, seedEach, type SeedContext } from './findOrCreate'

type SectionSeed = { slug: string; name: string; nameEn: string; defaultPosition: number }

const sectionSeeds = {
  analysis: { slug: 'analysis', name: '深度分析', nameEn: 'In-depth Analysis', defaultPosition: 10 },
  strategy: { slug: 'strategy', name: '战略规划', nameEn: 'Strategy and Planning', defaultPosition: 20 },
  international: { slug: 'international', name: '国际观察', nameEn: 'International Watch', defaultPosition: 30 },
  funding: { slug: 'funding', name: '项目资助', nameEn: 'Funding', defaultPosition: 40 },
  research: { slug: 'research', name: '研究动态', nameEn: 'Research Progress', defaultPosition: 50 },
  specialTopic: { slug: 'special-topic', name: '专题', nameEn: 'Special Topic', defaultPosition: 60 },
} satisfies Record<string, SectionSeed>

export type SectionKey = keyof typeof sectionSeeds
export type DemoSections = Record<SectionKey, Section>

export function seedSections({ payload, tally }: SeedContext): Promise<DemoSections> {
  return seedEach(sectionSeeds, (data: SectionSeed) =>
    findOrCreate(
      tally,
      () => findOne(payload, 'sections', { slug: { equals: data.slug } }),
      () => payload.create({ collection: 'sections', data }),
    ),
  )
}
