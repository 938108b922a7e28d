import type { PayloadRequest } from 'payload'

import { normalizeName } from '../../lib/names'
import type { Author } from '../../payload-types'

type Kind = Author['kind']

/** What names of media and institutions end in, in Chinese and in English; a person's name does not. */
const ORGANISATION = /(报|网|社|台|刊|志|新闻|中心|研究院|研究所|大学|学院|学会|协会|委员会|基金会|实验室|公司|集团|部|局|署|院|所|办)$|\b(news|daily|times|post|press|agency|institute|university|foundation|council|ministry|office|journal|magazine|network|review|herald|tribune|lab|laboratory)\b/iu
/** An acronym such as NSF, DOE or MIT. */
const ACRONYM = /^[A-Z]{2,}(\s[A-Z][\w&.-]*)*$/u

/** How a credit line's name reads: 黄 健 is a person, 科技日报 or NSF the source media. */
export function contributorKind(name: string): Kind {
  const compact = name.normalize('NFKC').trim()
  return ORGANISATION.test(compact) || ACRONYM.test(compact) ? 'organisation' : 'person'
}

export type ContributorMatch = { author: Author; created: boolean }

/**
 * The contributor recorded under each credited name, whatever spaces or width it was printed
 * with (黄 健 = 黄健), created with the name as printed when there is none yet.
 */
export async function findOrCreateContributors(req: PayloadRequest, names: readonly string[]): Promise<Map<string, ContributorMatch>> {
  const matches = new Map<string, ContributorMatch>()
  for (const name of names) {
    const key = normalizeName(name)
    if (!key || matches.has(key)) continue
    const { docs } = await req.payload.find({
      collection: 'authors',
      depth: 0,
      limit: 1,
      overrideAccess: false,
      req,
      where: { normalizedName: { equals: key } },
    })
    const author = docs[0] ?? (await req.payload.create({ collection: 'authors', data: { displayName: name.trim(), kind: contributorKind(name) }, overrideAccess: false, req }))
    matches.set(key, { author, created: !docs[0] })
  }
  return matches
}
