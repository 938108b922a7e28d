import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Payload } from 'payload'

import { type Translated, translated } from '../i18n'

/**
 * The delivery API speaks English to the developers of partner sites (its documented contract);
 * its texts are in the translation tables (`delivery`) in every language all the same.
 */
const inDeliveryLanguage = (text: Translated): string => text.en

/**
 * A refusal the delivery API answers with its status and a message a developer can act on. A plain
 * string is a message from another layer (the print edition's missing fonts) in one language only.
 */
export class DeliveryError extends Error {
  constructor(
    readonly status: 400 | 404 | 503,
    text: Translated | string,
  ) {
    super(typeof text === 'string' ? text : inDeliveryLanguage(text))
  }
}

export const notFound = (text: Translated) => new DeliveryError(404, text)
export const badRequest = (text: Translated) => new DeliveryError(400, text)

/** What no route answered: 404 with the pointer to the documentation. */
export const noSuchEndpoint: RequestHandler = (_req, _res, next) => next(notFound(translated((m) => m.delivery.noSuchEndpoint)))

/** Every failure as `{ error: { status, message } }`; unexpected ones are logged and not described. */
export function deliveryErrors(payload: Payload): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    if (error instanceof DeliveryError) return void res.status(error.status).json({ error: { status: error.status, message: error.message } })
    // Another layer's refusal of what the client sent: a URL that does not decode (express), an id
    // that cannot name a document (Payload's NotFound).
    const status = (error as { status?: unknown }).status
    if (status === 400 || status === 404) {
      const text = status === 404 ? translated((m) => m.delivery.notFound) : translated((m) => m.delivery.malformedURL)
      return void res.status(status).json({ error: { status, message: inDeliveryLanguage(text) } })
    }
    payload.logger.error({ err: error, msg: 'Delivery API error' })
    res.status(500).json({ error: { status: 500, message: inDeliveryLanguage(translated((m) => m.delivery.internalError)) } })
  }
}
