'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { issueImportTexts as texts } from './texts'

/** The 导入 button beside “create new” on the issues list. */
export function IssueImportButton() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  return (
    <Button buttonStyle="pill" el="link" size="small" url={`${config.routes.admin}/collections/issues/import`}>
      {texts.button[i18n.language === 'en' ? 'en' : 'zh']}
    </Button>
  )
}
