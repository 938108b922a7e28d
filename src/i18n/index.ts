import { en, type Messages } from './en'
import { zh } from './zh'

/**
 * The languages the CMS speaks, the office's first (the admin lists them in this order); a third is
 * one more file like en.ts, named here.
 */
export const messagesByLanguage = { zh, en } satisfies Record<string, Messages>
export type Language = keyof typeof messagesByLanguage
export const languages = Object.keys(messagesByLanguage) as Language[]
/** The office works in Chinese. */
export const defaultLanguage: Language = 'zh'

/** One text in every language: what API errors carry, and what Payload's `label` takes. */
export type Translated = Record<Language, string>

export type { Messages }

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && value in messagesByLanguage
}

/** `language` when the CMS speaks it, else the office's language. */
export function languageOf(language: unknown): Language {
  return isLanguage(language) ? language : defaultLanguage
}

/** The messages in `language`, or in the office's language when it is not one the CMS speaks. */
export function messagesFor(language: unknown): Messages {
  return messagesByLanguage[languageOf(language)]
}

/** The same message in every language: `translated((m) => m.workflow.states.draft)`. */
export function translated(pick: (messages: Messages, language: Language) => string): Translated {
  return Object.fromEntries(languages.map((language) => [language, pick(messagesByLanguage[language], language)])) as Translated
}

/** The text in the request's language (the admin's language or Accept-Language), else Chinese. */
export function inRequestLanguage(req: { i18n?: { language?: string } } | undefined, text: Translated): string {
  return text[languageOf(req?.i18n?.language)]
}
