import type { CollectionBeforeOperationHook } from 'payload'

import { translated } from '../../../src/i18n'
import { hasRole } from '../../../access/roles'
import { FORBIDDEN, RequestError } from '../../../src/lib/RequestError'

function sameRoles(a: unknown, b: unknown): boolean {
  const sorted = (value: unknown) => (Array.isArray(value) ? [...value].sort().join(',') : '')
  return sorted(a) === sorted(b)
}

/**
 * Only administrators assign roles, and nobody assigns roles to themselves: a clear 403 rather
 * than the field silently ignored. Runs before Payload's field access strips the value.
 * Server code without a user (seed, first account) is exempt.
 */
export const protectRoles: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const { data, id } = args as { data?: { roles?: unknown }; id?: number | string }
  if (!req.user || !data || !('roles' in data)) return args
  if (operation === 'update' && id === undefined) {
    throw new RequestError(req, FORBIDDEN, translated((m) => m.collections.users.rolesOneAtATime))
  }
  if (operation === 'update' && id !== undefined) {
    const current = await req.payload.findByID({ collection: 'users', depth: 0, id, req })
    if (sameRoles(data.roles, current.roles)) return args
    if (String(id) === String(req.user.id)) {
      throw new RequestError(req, FORBIDDEN, translated((m) => m.collections.users.notOwnRoles))
    }
  }
  if (!hasRole(req.user, 'admin')) {
    throw new RequestError(req, FORBIDDEN, translated((m) => m.collections.users.onlyAdminsAssignRoles))
  }
  return args
}
