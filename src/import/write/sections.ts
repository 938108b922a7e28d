import type { PayloadRequest } from 'payload'

import type { Section } from '../../payload-types'

/** 研究 动态, 研究动态 and full-width forms are one heading. */
export function sectionKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '')
}

export type SectionMatch = { section: Section; created: boolean }

/** The recorded section of each name, created when the office has none of that name yet. */
export async function findOrCreateSections(req: PayloadRequest, names: readonly string[]): Promise<SectionMatch[]> {
  const { docs } = await req.payload.find({ collection: 'sections', depth: 0, overrideAccess: false, pagination: false, req })
  const known = new Map(docs.map((section) => [sectionKey(section.name), section]))
  const matches: SectionMatch[] = []
  for (const name of names) {
    const existing = known.get(sectionKey(name))
    if (existing) {
      matches.push({ section: existing, created: false })
      continue
    }
    const section = await req.payload.create({ collection: 'sections', data: { name: name.trim() }, overrideAccess: false, req })
    known.set(sectionKey(name), section)
    matches.push({ section, created: true })
  }
  return matches
}
