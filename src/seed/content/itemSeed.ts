import type { SerializedUploadNode } from '@payloadcms/richtext-lexical'

import type { CreditRole } from '../../lib/credits'
import type { Item } from '../../payload-types'
import type { ItemState } from '../../workflow/states'
import type { AuthorKey } from '../authors'
import type { FigureKey } from '../media'
import type { footnote, RichText } from '../../richtext/lexical'
import type { ReferenceKey } from '../references'
import type { SectionKey } from '../sections'

/** Lets item texts cite references and show figures by key, before their IDs exist. */
export type BodyLinks = {
  cite: (reference: ReferenceKey) => ReturnType<typeof footnote>
  figure: (figure: FigureKey) => SerializedUploadNode
}

export type ItemSeed = {
  /** The natural key the seed finds the item by on later runs. */
  slug: string
  title: string
  titleEn?: string
  section: SectionKey
  position: number
  summary: string
  keywords?: string[]
  credits: Array<{ contributor: AuthorKey; role: CreditRole }>
  publishedIn?: NonNullable<Item['publishedIn']>
  body: (links: BodyLinks) => RichText
  /** Where the demo leaves an item of an issue in progress; items of a published issue are published. */
  state?: ItemState
}
