import type { GlobalConfig } from 'payload'

import { nobody } from '../access/nobody'

/**
 * What every server on the database compares to learn that the public record changed through
 * another server: a new token is written in the same transaction as each publication, correction,
 * withdrawal and edit of shared content (src/publication/changeToken.ts). Not an API resource.
 */
export const PublicationState: GlobalConfig = {
  slug: 'publication-state',
  label: { en: 'Publication state', zh: '发布状态' },
  admin: { hidden: true },
  access: { read: nobody, update: nobody },
  fields: [
    { name: 'changeToken', type: 'text', label: { en: 'Change token', zh: '变更标记' } },
    { name: 'changedAt', type: 'date', label: { en: 'Changed at', zh: '变更时间' } },
  ],
}
