import type { Access } from 'payload'

export const roles = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof roles)[number]

type UserWithRoles = { roles?: null | Role[] } | null | undefined

export function hasRole(user: UserWithRoles, role: Role): boolean {
  return Boolean(user?.roles?.includes(role))
}

export function hasAnyRole(user: UserWithRoles, allowed: readonly Role[]): boolean {
  return allowed.some((role) => hasRole(user, role))
}

/** Everyone who works on the bulletin: administrators, editors and reviewers. */
export function isStaff(user: UserWithRoles): boolean {
  return hasAnyRole(user, roles)
}

/** An access rule that lets in users holding any of the given roles. */
export function rolesAccess(...allowed: Role[]): Access {
  return ({ req: { user } }) => hasAnyRole(user, allowed)
}
