import { rolesAccess, rolesFieldAccess } from './roles'

/** Everyone who works on the bulletin: administrators, editors and reviewers. */
export const staff = rolesAccess('admin', 'editor', 'reviewer')

export const staffField = rolesFieldAccess('admin', 'editor', 'reviewer')
