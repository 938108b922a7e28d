import type { Access, FieldAccess } from 'payload'

import { isStaff } from './roles'

/** Everyone who works on the bulletin: administrators, editors and reviewers. */
export const staff: Access = ({ req: { user } }) => isStaff(user)

export const staffField: FieldAccess = ({ req: { user } }) => isStaff(user)
