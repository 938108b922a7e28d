import { APIError, type PayloadRequest } from 'payload'

import { inRequestLanguage, type Translated } from '../i18n'

export const BAD_REQUEST = 400
export const FORBIDDEN = 403
export const NOT_FOUND = 404
export const CONFLICT = 409
export const SERVICE_UNAVAILABLE = 503

/**
 * A request refused for something the client can fix, with the reason in the reader's
 * language; `data` carries every language for API clients. Logged as info, not as an error.
 */
export class RequestError extends APIError<Translated> {
  constructor(req: Partial<PayloadRequest> | undefined, status: number, text: Translated) {
    super(inRequestLanguage(req, text), status, { ...text }, true)
  }
}
