import { format } from 'date-fns'
import { enUS, zhCN } from 'date-fns/locale'

import type { Language } from '.'

/**
 * The admin's one way of writing a moment in each language, for Payload's own views (its
 * `admin.dateFormat`, rendered with the language's date-fns locale) and ours alike:
 * 2026年12月3日 08:15 / December 3rd, 2026 08:15.
 */
export const ADMIN_DATE_FORMAT = 'PPP HH:mm'

export function adminDateTime(date: Date | string, language: Language): string {
  // The locales Payload's own views pick for these languages (@payloadcms/translations' dateFNSKey).
  return format(new Date(date), ADMIN_DATE_FORMAT, { locale: language === 'zh' ? zhCN : enUS })
}
