'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { messagesFor } from '../i18n'

/**
 * The 打印版 button in an issue's sidebar: the printed edition made from the newest drafts,
 * opened in a new tab (the server checks that the reader is staff, as for the live preview).
 */
export function PrintEditionLinks() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const m = messagesFor(useTranslation().i18n.language)
  if (!id) return <p className="print-edition__hint">{m.printEdition.saveFirst}</p>
  const base = `${config.serverURL}${config.routes.api}/issues/${id}/print`
  return (
    <div className="print-edition" style={{ marginBottom: 'var(--base)' }}>
      <div style={{ marginBottom: 6 }}>{m.printEdition.heading}</div>
      <div style={{ display: 'flex', gap: 8 }}>
        <a className="btn btn--style-secondary btn--size-small" href={`${base}/pdf`} rel="noopener" target="_blank">
          {m.printEdition.pdf}
        </a>
        <a className="btn btn--style-secondary btn--size-small" href={`${base}/docx`} rel="noopener">
          {m.printEdition.docx}
        </a>
      </div>
    </div>
  )
}
