import type { CollectionSlug, DataFromCollectionSlug, Payload, Where } from 'payload'

/** How many documents this run made, and how many it found from an earlier run. */
export type Tally = { created: number; existing: number }

export type SeedContext = { payload: Payload; tally: Tally }

/**
 * The seed never updates: a document found by its natural key is left exactly as it is,
 * so a second run (or a run after editors changed the demo content) changes nothing.
 */
export async function findOrCreate<T>(
  tally: Tally,
  find: () => Promise<T | undefined>,
  create: () => Promise<T>,
): Promise<T> {
  const found = await find()
  if (found) {
    tally.existing++
    return found
  }
  const created = await create()
  tally.created++
  return created
}

/** Drafts count as present too, otherwise an unpublished demo document would be created again. */
export async function findOne<TSlug extends CollectionSlug>(
  payload: Payload,
  collection: TSlug,
  where: Where,
): Promise<DataFromCollectionSlug<TSlug> | undefined> {
  const { docs } = await payload.find({ collection, where, depth: 0, draft: true, limit: 1 })
  return docs[0]
}

/** Seeds one document per key, in order, and returns them under the same keys. */
export async function seedEach<TKey extends string, TSeed, TDoc>(
  seeds: Record<TKey, TSeed>,
  seedOne: (seed: TSeed) => Promise<TDoc>,
): Promise<Record<TKey, TDoc>> {
  const docs = {} as Record<TKey, TDoc>
  for (const key of Object.keys(seeds) as TKey[]) docs[key] = await seedOne(seeds[key])
  return docs
}
