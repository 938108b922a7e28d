'use client'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

const texts = {
  link: { en: 'Contributor credits', zh: '贡献统计' },
}

/** The 贡献统计 entry in the admin navigation. */
export function CreditStatsLink() {
  const { i18n } = useTranslation()
  return (
    <a className="nav__link" href="/admin/credit-stats" style={{ display: 'block', padding: '4px 0' }}>
      {texts.link[i18n.language === 'en' ? 'en' : 'zh']}
    </a>
  )
}
