'use client'

import { Button, useConfig, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { messagesFor } from '../../i18n'

/** The 导入 button beside “create new” on the issues list. */
export function IssueImportButton() {
  const { config } = useConfig()
  const m = messagesFor(useTranslation().i18n.language)
  return (
    <Button buttonStyle="pill" el="link" size="small" url={`${config.routes.admin}/collections/issues/import`}>
      {m.issueImport.button}
    </Button>
  )
}
