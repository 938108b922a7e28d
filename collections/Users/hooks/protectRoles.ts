import type { CollectionBeforeOperationHook } from 'payload'

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
    throw new RequestError(req, FORBIDDEN, {
      en: 'Roles are assigned one account at a time, not in a bulk update.',
      zh: '角色须逐个账号分配，不能批量修改。',
    })
  }
  if (operation === 'update' && id !== undefined) {
    const current = await req.payload.findByID({ collection: 'users', depth: 0, id, req })
    if (sameRoles(data.roles, current.roles)) return args
    if (String(id) === String(req.user.id)) {
      throw new RequestError(req, FORBIDDEN, {
        en: 'Nobody can change their own roles; ask another administrator.',
        zh: '任何人都不能修改自己的角色，请联系其他管理员。',
      })
    }
  }
  if (!hasRole(req.user, 'admin')) {
    throw new RequestError(req, FORBIDDEN, {
      en: 'Only administrators can assign roles.',
      zh: '只有管理员可以分配角色。',
    })
  }
  return args
}
