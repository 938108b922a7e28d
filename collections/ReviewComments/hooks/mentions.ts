import type { CollectionBeforeChangeHook } from 'payload'

import type { ReviewComment, User } from '../../../src/payload-types'

type Person = Pick<User, 'email' | 'id' | 'name'>

/**
 * The colleagues a text names with `@`, by name or e-mail address. At each `@` the longest name
 * that follows counts, so that “@王小明” is not read as “@王小” when both work here.
 */
export function mentionedIn(text: string, people: Person[]): Array<Person['id']> {
  const lowered = text.toLowerCase()
  const found = new Set<Person['id']>()
  for (let at = lowered.indexOf('@'); at !== -1; at = lowered.indexOf('@', at + 1)) {
    let longest: { id: Person['id']; length: number } | undefined
    for (const person of people) {
      for (const handle of [person.name, person.email]) {
        const wanted = handle?.trim().toLowerCase()
        if (wanted && lowered.startsWith(wanted, at + 1) && wanted.length > (longest?.length ?? 0)) longest = { id: person.id, length: wanted.length }
      }
    }
    if (longest) found.add(longest.id)
  }
  return [...found]
}

/** Who the comment mentions is read from its words whenever they change; nobody sets it by hand. */
export const noteMentions: CollectionBeforeChangeHook<ReviewComment> = async ({ data, operation, originalDoc, req }) => {
  const text = data.text ?? originalDoc?.text ?? ''
  if (operation === 'update' && text === originalDoc?.text) return { ...data, mentions: originalDoc?.mentions ?? [] }
  if (!text.includes('@')) return { ...data, mentions: [] }
  const { docs } = await req.payload.find({ collection: 'users', depth: 0, pagination: false, req, select: { email: true, name: true } })
  return { ...data, mentions: mentionedIn(text, docs as Person[]) as number[] }
}
