import type { FieldAccess } from 'payload'

/** For fields such as contact e-mails that staff need and the public must not see. */
export const authenticatedField: FieldAccess = ({ req: { user } }) => Boolean(user)
