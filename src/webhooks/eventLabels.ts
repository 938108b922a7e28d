import { translated } from '../i18n'
import { publicationEventTypes } from '../publication/events'

/** The publication events as select options, for the webhooks and their delivery log. */
export const publicationEventOptions = publicationEventTypes.map((type) => ({ label: translated((m) => m.webhooks.events[type]), value: type }))
