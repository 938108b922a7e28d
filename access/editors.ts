import { rolesAccess } from './roles'

/** Those who write and assemble content: editors, and administrators who can do what editors do. */
export const editors = rolesAccess('admin', 'editor')
