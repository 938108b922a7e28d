import type { PayloadRequest } from 'payload'

export type Bilingual = { en: string; zh: string }

/** The office works in Chinese; English when the request (admin language or Accept-Language) asks for it. */
export function inRequestLanguage(req: Partial<PayloadRequest> | undefined, text: Bilingual): string {
  return req?.i18n?.language === 'en' ? text.en : text.zh
}
