import { RequestError } from '../lib/RequestError'

export { BAD_REQUEST, CONFLICT, FORBIDDEN } from '../lib/RequestError'

/** A refused transition: 403 for the wrong role, 409 for the wrong state, 400 for missing input. */
export class WorkflowError extends RequestError {}
