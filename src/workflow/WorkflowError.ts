import { APIError, type PayloadRequest } from 'payload'

import { type Bilingual, inRequestLanguage } from '../lib/messages'

export const FORBIDDEN = 403
export const CONFLICT = 409
export const BAD_REQUEST = 400

/**
 * A refused transition: 403 for the wrong role, 409 for the wrong state, 400 for missing input.
 * The message is in the reader's language; `data` carries both for API clients.
 */
export class WorkflowError extends APIError<{ en: string; zh: string }> {
  constructor(req: Partial<PayloadRequest> | undefined, status: number, text: Bilingual) {
    super(inRequestLanguage(req, text), status, { en: text.en, zh: text.zh }, true)
  }
}
