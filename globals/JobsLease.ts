import type { GlobalConfig } from 'payload'

import { nobody } from '../access/nobody'

/**
 * Which server runs the jobs queue (scheduled publication, webhook deliveries) for a while, so that
 * several servers on one database run each job once (src/lib/jobsLease.ts). Not an API resource.
 */
export const JobsLease: GlobalConfig = {
  slug: 'jobs-lease',
  label: { en: 'Jobs lease', zh: '任务租约' },
  admin: { hidden: true },
  access: { read: nobody, update: nobody },
  fields: [
    { name: 'holder', type: 'text', label: { en: 'Held by', zh: '持有者' } },
    { name: 'until', type: 'date', label: { en: 'Until', zh: '有效期至' } },
  ],
}
