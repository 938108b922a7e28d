'use client'

import { Button } from '@payloadcms/ui'
import React from 'react'

import type { Messages } from '../../i18n'
import type { PublicationSummary } from '../../workflow/publicationSummary'

/** Asked before an issue is published: what goes public, with the print version to check it against. */
export function PublishConfirmation({
  busy,
  m,
  onCancel,
  onConfirm,
  pdfURL,
  summary,
}: {
  busy: boolean
  m: Messages
  onCancel: () => void
  onConfirm: () => void
  pdfURL: string
  summary: PublicationSummary
}) {
  const text = m.workflowPanel.confirmPublish
  return (
    <div className="workflow-panel__confirm" role="alertdialog" aria-label={text.heading}>
      <strong>{text.heading}</strong>
      <p>{text.summary(summary)}</p>
      <p>
        <a href={pdfURL} rel="noopener" target="_blank">
          {text.preview}
        </a>
      </p>
      <div className="workflow-panel__actions">
        <Button disabled={busy} onClick={onConfirm} size="small">
          {text.confirm}
        </Button>
        <Button buttonStyle="secondary" disabled={busy} onClick={onCancel} size="small">
          {text.cancel}
        </Button>
      </div>
    </div>
  )
}
