/**
 * Names a CDN in front of the delivery API tags each answer with (Surrogate-Key, as Fastly and
 * Varnish read it; a CDN reading another header can copy it there), so that a webhook receiver can purge what an event changed: for
 * issue.published, issue.corrected and issue.withdrawn, `issue-<id>`, `series-<slug>` and `lists`.
 * Every answer also has `delivery`, to purge everything (after an edit of shared data, which sends
 * no event). README.md, "Several servers, a CDN in front", says the same for partners.
 */
export const ALL = 'delivery'
export const LISTS = 'lists'
export const issueKey = (id: number | string) => `issue-${id}`
export const itemKey = (id: number | string) => `item-${id}`
export const seriesKey = (slug: string | null | undefined) => `series-${slug ?? ''}`

export function surrogateKeyHeader(keys: string[]): Record<string, string> {
  return { 'Surrogate-Key': [ALL, ...new Set(keys)].join(' ') }
}
