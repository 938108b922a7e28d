import { translations as payloadTranslations } from '@payloadcms/translations/all'
import type { Language as PayloadLanguage } from '@payloadcms/translations'

import { ADMIN_DATE_FORMAT } from './dateTime'
import { defaultLanguage, type Language, languages, messagesByLanguage } from './index'

/** Payload's own words (its buttons, its errors) in each language the CMS speaks; server side only. */
export const supportedLanguages = Object.fromEntries(
  languages.map((language) => [language, payloadTranslations[language] as PayloadLanguage]),
) as Record<Language, PayloadLanguage>

export const fallbackLanguage = defaultLanguage

/**
 * Our own words in Payload's translation tables, for labels Payload renders itself from a `t()` key
 * (document tab labels take a function of `t`, not a { zh, en } object): `t('bulletin:issueBuilder')`,
 * and for the words of Payload's that it shows untranslated (scripts/payload-strings.mjs).
 */
export const customTranslations = Object.fromEntries(
  languages.map((language) => [
    language,
    {
      // Payload's t() reads it to put our { zh, en } labels into its messages (scripts/payload-strings.mjs).
      bulletin: {
        issueBuilder: messagesByLanguage[language].issueBuilder.tab,
        language,
        adminDateFormat: ADMIN_DATE_FORMAT,
        dateTimePattern: messagesByLanguage[language].format.dateTime,
        ...messagesByLanguage[language].payloadStrings,
      },
      general: { payloadSettings: messagesByLanguage[language].payloadStrings.interfaceSettings },
    },
  ]),
) as unknown as Record<Language, { bulletin: Record<string, string>; general: Record<string, string> }>
