import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { translated } from '../../src/i18n'
import { adminOrSelf } from '../../access/adminOrSelf'
import { staff } from '../../access/staff'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { roles } from '../../access/roles'
import { serverURL } from '../../src/lib/env'
import { NOT_FOUND, RequestError } from '../../src/lib/RequestError'
import { countLoginAttempts } from './hooks/countLoginAttempts'
import { protectRoles } from './hooks/protectRoles'

/** The very first account (created on an empty database) must be able to administer the rest. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { en: 'User', zh: '用户' },
    plural: { en: 'Users', zh: '用户' },
  },
  auth: {
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    // A server reached over HTTPS never lets the browser send its session over plain HTTP.
    cookies: { secure: serverURL().startsWith('https://') },
    // Payload's per-account interval is reserved outside the request's own transaction, which on
    // SQLite must wait for that very transaction; requests are throttled per client instead
    // (RATE_LIMIT_AUTH_*, src/server/rateLimits.ts).
    forgotPassword: { minRequestInterval: 0 },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: translated((m) => m.groups.administration),
  },
  access: {
    create: isAdmin,
    delete: isAdmin,
    // Colleagues see each other (who submitted, who approved); the public sees no one.
    read: staff,
    update: adminOrSelf,
    unlock: isAdmin,
  },
  hooks: { beforeOperation: [countLoginAttempts, protectRoles], beforeChange: [firstUserIsAdmin] },
  // Accounts are made by administrators, not confirmed by mail, yet Payload answers its verification
  // route all the same, and fails on a token column that does not exist: it is answered here first.
  endpoints: [
    {
      path: '/verify/:token',
      method: 'post',
      handler: (req) => {
        throw new RequestError(req, NOT_FOUND, translated((m) => m.collections.users.noMailVerification))
      },
    },
  ],
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Name', zh: '姓名' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      saveToJWT: true,
      defaultValue: ['editor'],
      label: { en: 'Roles', zh: '角色' },
      options: [
        { label: { en: 'Administrator', zh: '管理员' }, value: roles[0] },
        { label: { en: 'Editor', zh: '编辑' }, value: roles[1] },
        { label: { en: 'Reviewer', zh: '审稿人' }, value: roles[2] },
      ],
      admin: { description: translated((m) => m.collections.users.rolesDescription) },
      access: { update: isAdminField },
    },
  ],
}
