export const creditRoles = ['compiled', 'written', 'translated', 'reviewed', 'source'] as const
export type CreditRole = (typeof creditRoles)[number]

type Contributor = { displayName: string }
export type Credit = { contributor: Contributor | number | string | null | undefined; role: CreditRole }

/**
 * The credit line printed at the end of an item: the contributors' names as printed,
 * in order, joined with the Chinese enumeration comma inside full-width parentheses,
 * e.g. （黄 健） or （科技日报、中国日报）. Reviewers are credited internally, not in print.
 */
export function creditLine(credits: readonly Credit[] | null | undefined): string {
  const names: string[] = []
  for (const credit of credits ?? []) {
    if (credit.role === 'reviewed') continue
    const contributor = credit.contributor
    if (!contributor || typeof contributor !== 'object') continue
    const name = contributor.displayName.trim()
    if (name && !names.includes(name)) names.push(name)
  }
  return names.length ? `（${names.join('、')}）` : ''
}
