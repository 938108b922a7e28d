import type { Access, FieldAccess } from 'payload'

import { hasRole } from './roles'

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')

export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')

/** For rules that take only a yes or no, such as who may run the jobs queue. */
export const isAdminUser = ({ req: { user } }: { req: { user?: unknown } }): boolean =>
  hasRole(user as Parameters<typeof hasRole>[0], 'admin')
