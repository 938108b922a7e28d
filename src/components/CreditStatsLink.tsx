'use client'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

/** The 贡献统计 entry in the admin navigation. */
export function CreditStatsLink() {
  const { i18n } = useTranslation()
  return (
    <a className="nav__link" href="/admin/credit-stats" style={{ display: 'block', padding: '4px 0' }}>
      {i18n.language === 'en' ? 'Contributor credits' : '贡献统计'}
    </a>
  )
}
