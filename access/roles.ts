export const roles = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof roles)[number]

type UserWithRoles = { roles?: null | Role[] } | null | undefined

export function hasRole(user: UserWithRoles, role: Role): boolean {
  return Boolean(user?.roles?.includes(role))
}
