import { format } from 'date-fns'
import { enUS } from 'date-fns/locale/en-US'
import { zhCN } from 'date-fns/locale/zh-CN'

import { type Language, messagesFor } from '.'

/**
 * The pattern Payload's config names for its own views (`admin.dateFormat`). Payload has one
 * pattern for every language; scripts/payload-strings.mjs makes its date formatting use each
 * language's own instead (`format.dateTime`: 2026年12月3日 08:15 / 3 Dec 2026, 08:15), as ours do.
 */
export const ADMIN_DATE_FORMAT = 'PPP HH:mm'

export function adminDateTime(date: Date | string, language: Language): string {
  // The locales Payload's own views pick for these languages (@payloadcms/translations' dateFNSKey).
  return format(new Date(date), messagesFor(language).format.dateTime, { locale: language === 'zh' ? zhCN : enUS })
}
