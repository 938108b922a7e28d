'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React from 'react'

const texts = {
  heading: { en: 'Print edition (newest drafts)', zh: '打印版（最新草稿）' },
  pdf: { en: 'Print version (PDF)', zh: '打印版' },
  docx: { en: 'Word file', zh: 'Word 版' },
  saveFirst: { en: 'Save the issue to see its print edition.', zh: '保存后可查看打印版。' },
}

/**
 * The 打印版 button in an issue's sidebar: the printed edition made from the newest drafts,
 * opened in a new tab (the server checks that the reader is staff, as for the live preview).
 */
export function PrintEditionLinks() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'zh'
  if (!id) return <p className="print-edition__hint">{texts.saveFirst[language]}</p>
  const base = `${config.serverURL}${config.routes.api}/issues/${id}/print`
  return (
    <div className="print-edition" style={{ marginBottom: 'var(--base)' }}>
      <div style={{ marginBottom: 6 }}>{texts.heading[language]}</div>
      <div style={{ display: 'flex', gap: 8 }}>
        <a className="btn btn--style-secondary btn--size-small" href={`${base}/pdf`} rel="noopener" target="_blank">
          {texts.pdf[language]}
        </a>
        <a className="btn btn--style-secondary btn--size-small" href={`${base}/docx`} rel="noopener">
          {texts.docx[language]}
        </a>
      </div>
    </div>
  )
}
