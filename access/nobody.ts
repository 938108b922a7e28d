import type { Access } from 'payload'

/** For records only the server writes (the audit log): no user, whatever their role. */
export const nobody: Access = () => false
