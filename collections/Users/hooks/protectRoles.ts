import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../access/roles'
import { FORBIDDEN, WorkflowError } from '../../../src/workflow/WorkflowError'

function sameRoles(a: unknown, b: unknown): boolean {
  const sorted = (value: unknown) => (Array.isArray(value) ? [...value].sort().join(',') : '')
  return sorted(a) === sorted(b)
}

/**
 * Only administrators assign roles, and nobody assigns roles to themselves: a clear 403 rather
 * than a silently ignored field. Server code without a user (seed, first account) is exempt.
 */
export const protectRoles: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (!req.user || !('roles' in data)) return data
  if (operation === 'update' && sameRoles(data.roles, originalDoc?.roles)) return data
  if (!hasRole(req.user, 'admin')) {
    throw new WorkflowError(req, FORBIDDEN, {
      en: 'Only administrators can assign roles.',
      zh: '只有管理员可以分配角色。',
    })
  }
  if (operation === 'update' && String(originalDoc?.id) === String(req.user.id)) {
    throw new WorkflowError(req, FORBIDDEN, {
      en: 'Nobody can change their own roles; ask another administrator.',
      zh: '任何人都不能修改自己的角色，请联系其他管理员。',
    })
  }
  return data
}
