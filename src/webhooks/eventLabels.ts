import type { Bilingual } from '../lib/messages'
import { type PublicationEventType, publicationEventTypes } from '../publication/events'

const labels: Record<PublicationEventType, Bilingual> = {
  'issue.published': { en: 'Issue published', zh: '期刊发布' },
  'issue.corrected': { en: 'Issue corrected', zh: '期刊更正' },
  'issue.withdrawn': { en: 'Issue withdrawn', zh: '期刊撤回' },
}

/** The publication events as select options, for the webhooks and their delivery log. */
export const publicationEventOptions = publicationEventTypes.map((type) => ({ label: labels[type], value: type }))
