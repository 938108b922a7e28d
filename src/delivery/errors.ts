/** A refusal the delivery API answers with its status and a message a developer can act on. */
export class DeliveryError extends Error {
  constructor(
    readonly status: 400 | 404 | 503,
    message: string,
  ) {
    super(message)
  }
}

export const notFound = (what: string) => new DeliveryError(404, `${what} not found.`)
export const badRequest = (message: string) => new DeliveryError(400, message)
