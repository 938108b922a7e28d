import type { Where } from 'payload'
import { transformWhereQuery } from 'payload/shared'

/**
 * A list's `where` in the shape of Payload's Filters panel: groups joined by "or", each a list of
 * one-field conditions joined by "and". Quick filters read and write this same shape, so what they
 * set shows up in the Filters panel and combines with whatever was added there.
 */
export function filterGroups(where: Where | null | undefined): Where[][] {
  if (!where || Object.keys(where).length === 0) return []
  const { or = [] } = transformWhereQuery(where)
  return or.map((group) => (group.and ?? [group]).flatMap(oneFieldEach))
}

/** `{ a: …, b: … }` means a and b; the Filters panel shows one field per condition. */
function oneFieldEach(condition: Where): Where[] {
  return Object.entries(condition).map(([path, constraint]) => ({ [path]: constraint }) as Where)
}

function isQuickCondition(condition: Where, path: string): boolean {
  const constraint = condition[path]
  return Object.keys(condition).length === 1 && typeof constraint === 'object' && constraint !== null && 'equals' in constraint
}

/** The value of `path equals …` as a quick filter shows it (the first group's; a quick filter puts it in every group). */
export function quickFilterValue(where: Where | null | undefined, path: string): string | undefined {
  const condition = filterGroups(where)[0]?.find((candidate) => isQuickCondition(candidate, path))
  const value = (condition?.[path] as { equals?: unknown } | undefined)?.equals
  return value === undefined || value === null || value === '' ? undefined : String(value)
}

/**
 * `where` with `path equals value` in every "or" group, replacing an equals condition on the same
 * path, or without it when `value` is undefined. (A and S) or (B and S) is (A or B) and S, so the
 * quick filter narrows whatever the Filters panel already says.
 */
export function withQuickFilter(where: Where | null | undefined, path: string, value: string | undefined): Where {
  const original = filterGroups(where)
  const groups = original.map((group) => group.filter((condition) => !isQuickCondition(condition, path)))
  // A group that held nothing but this filter matches everything once it is gone, and so does the "or".
  if (groups.some((group, index) => group.length === 0 && original[index].length > 0) && value === undefined) return {}
  const narrowed = value === undefined ? groups : (groups.length > 0 ? groups : [[]]).map((group) => [...group, { [path]: { equals: value } } as Where])
  const nonEmpty = narrowed.filter((group) => group.length > 0)
  return nonEmpty.length > 0 ? { or: nonEmpty.map((and) => ({ and })) } : {}
}
