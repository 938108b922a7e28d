import type { FieldHook, PayloadRequest, TextField } from 'payload'

import { normalizeDOI, normalizeURL } from '../lib/identifiers'
import { inRequestLanguage, translated } from '../i18n'

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
    inRequestLanguage(req, translated((m) => m.fields.notAWebAddress({ value })))
  )
}

/** A web address, stored in canonical form so duplicates can be recognised; `label` and the rest as for any text field. */
export function urlField(name: string, overrides: Partial<TextField> & Pick<TextField, 'label'>): TextField {
  return {
    name,
    type: 'text',
    hooks: { beforeValidate: [normalizing(normalizeURL)] },
    validate: (value: null | string | undefined, { req }) => validateURL(value, req),
    ...overrides,
  } as TextField
}

/** A DOI, stored bare and lower-case ("10.1000/xyz") whatever form it was pasted in. */
export function doiField(name: string, overrides: Partial<TextField> & Pick<TextField, 'label'>): TextField {
  return {
    name,
    type: 'text',
    admin: { description: translated((m) => m.fields.doiDescription) },
    hooks: { beforeValidate: [normalizing(normalizeDOI)] },
    validate: (value: null | string | undefined, { req }) =>
      !value ||
      normalizeDOI(value) !== null ||
      inRequestLanguage(req, translated((m) => m.fields.notADOI({ value }))),
    ...overrides,
  } as TextField
}
