import { ValidationError, type PayloadRequest } from 'payload'

import { inRequestLanguage, type Translated } from '../i18n'

/** A 400 that names the field and says, in the reader's language, what to change. */
export function fieldError(
  req: PayloadRequest,
  collection: string,
  path: string,
  text: Translated,
): ValidationError {
  return new ValidationError(
    { collection, errors: [{ message: inRequestLanguage(req, text), path }], req },
    req.t,
  )
}
