import type { Language as PayloadLanguage } from '@payloadcms/translations'
// One module per language: the module of them all keeps Payload's forty-odd languages (5 MB) in every server's memory.
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'

import { ADMIN_DATE_FORMAT } from './dateTime'
import { defaultLanguage, type Language, languages, messagesByLanguage } from './index'

const payloadLanguages = new Map<string, PayloadLanguage>([
  ['en', en],
  ['zh', zh],
])

/** Payload's own words (its buttons, its errors) in each language the CMS speaks; server side only. */
export const supportedLanguages = Object.fromEntries(
  languages.map((language) => {
    const payloadLanguage = payloadLanguages.get(language)
    if (!payloadLanguage) throw new Error(`Import Payload's translation for "${language}" in src/i18n/translations.ts`)
    return [language, payloadLanguage]
  }),
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
