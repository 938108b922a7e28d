'use client'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { messagesFor } from '../i18n'

/** The 贡献统计 entry in the admin navigation. */
export function CreditStatsLink() {
  const m = messagesFor(useTranslation().i18n.language)
  return (
    <a className="nav__link" href="/admin/credit-stats" style={{ display: 'block', padding: '4px 0' }}>
      {m.creditStats.link}
    </a>
  )
}
