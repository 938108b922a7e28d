import type { FieldHook, PayloadRequest, TextField } from 'payload'

import { normalizeDOI, normalizeURL } from '../lib/identifiers'
import { inRequestLanguage } from '../lib/messages'

type Label = { en: string; zh: string }

function normalizing(normalize: (input: string) => null | string): FieldHook {
  return ({ value }) => {
    if (typeof value !== 'string' || !value.trim()) return undefined
    return normalize(value) ?? value
  }
}

export function validateURL(value: null | string | undefined, req: Partial<PayloadRequest>): string | true {
  return (
    !value ||
    normalizeURL(value) !== null ||
    inRequestLanguage(req, {
      en: `"${value}" is not a web address. Enter a full address starting with http:// or https://.`,
      zh: `“${value}”不是有效的网址，请填写以 http:// 或 https:// 开头的完整网址。`,
    })
  )
}

/** A web address, stored in canonical form so duplicates can be recognised. */
export function urlField(name: string, label: Label, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    type: 'text',
    label,
    hooks: { beforeValidate: [normalizing(normalizeURL)] },
    validate: (value: null | string | undefined, { req }) => validateURL(value, req),
    ...overrides,
  } as TextField
}

/** A DOI, stored bare and lower-case ("10.1000/xyz") whatever form it was pasted in. */
export function doiField(name: string, label: Label, overrides: Partial<TextField> = {}): TextField {
  return {
    name,
    type: 'text',
    label,
    admin: { description: { en: 'e.g. 10.1038/s41586-023-00001-1', zh: '例如 10.1038/s41586-023-00001-1' } },
    hooks: { beforeValidate: [normalizing(normalizeDOI)] },
    validate: (value: null | string | undefined, { req }) =>
      !value ||
      normalizeDOI(value) !== null ||
      inRequestLanguage(req, {
        en: `"${value}" is not a DOI. A DOI looks like 10.1234/abc (a doi.org link is fine too).`,
        zh: `“${value}”不是有效的 DOI，DOI 形如 10.1234/abc（也可粘贴 doi.org 链接）。`,
      }),
    ...overrides,
  } as TextField
}
