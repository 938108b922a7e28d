type Related = { id: number | string } | number | string | null | undefined

/** A relationship value is an ID or, when populated, the document; this returns the ID either way. */
export function relationID(value: Related): number | string | undefined {
  if (value === null || value === undefined) return undefined
  return typeof value === 'object' ? value.id : value
}
