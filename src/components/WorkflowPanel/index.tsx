'use client'

import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import { languageOf, messagesFor, type Translated } from '../../i18n'
import type { PublicationSummary } from '../../workflow/publicationSummary'
import type { WorkflowState } from '../../workflow/states'
import { ChangesSinceReview } from '../ChangesSinceReview'
import { ReviewThread } from '../ReviewThread'
import { WorkflowHistory } from '../WorkflowHistory'
import { WORKFLOW_STATE_EVENT } from '../WorkflowStatus'
import { PublishConfirmation } from './PublishConfirmation'
import './index.scss'

type Action = { action: string; label: Translated; needsComment?: boolean; needsReason?: boolean }
type Status = { actions: Action[]; publication?: PublicationSummary; unavailable?: Array<{ action: string; label: Translated; reason: string }>; workflowState: WorkflowState }

/**
 * The review panel in the document's sidebar: the current state, the transitions open to the
 * signed-in user (taken through the server's workflow endpoint, which enforces every rule) and the
 * thread of review comments.
 */
export function WorkflowPanel() {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const language = languageOf(i18n.language)
  const m = messagesFor(language)
  const [status, setStatus] = useState<Status>()
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [busy, setBusy] = useState(false)
  const [transitions, setTransitions] = useState(0)
  const [confirmingPublication, setConfirmingPublication] = useState(false)
  const endpoint = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/workflow`

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(endpoint, { credentials: 'include' })
    if (response.ok) setStatus((await response.json()) as Status)
  }, [endpoint, id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <p className="workflow-panel__hint">{m.workflowPanel.saveFirst}</p>
  if (!status) return null

  async function take(action: Action) {
    if (action.action === 'publish' && status?.publication && !confirmingPublication) {
      setConfirmingPublication(true)
      return
    }
    setConfirmingPublication(false)
    setBusy(true)
    const response = await fetch(endpoint, {
      body: JSON.stringify({
        action: action.action,
        comment: comment || undefined,
        publishAt: action.action === 'schedule' && publishAt ? new Date(publishAt).toISOString() : undefined,
        reason: action.needsReason ? comment : undefined,
      }),
      credentials: 'include',
      headers: { 'Accept-Language': language, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = (await response.json()) as { errors?: Array<{ message: string }>; workflowState?: WorkflowState }
    setBusy(false)
    if (!response.ok) {
      toast.error(body.errors?.[0]?.message ?? response.statusText)
      return
    }
    toast.success(m.workflowPanel.done[action.action as keyof typeof m.workflowPanel.done] ?? action.label[language])
    window.dispatchEvent(new CustomEvent(WORKFLOW_STATE_EVENT, { detail: body.workflowState }))
    setComment('')
    setTransitions((count) => count + 1)
    await load()
    router.refresh()
  }

  const wantsText = status.actions.some((action) => action.needsComment || action.needsReason)
  return (
    <div className="workflow-panel">
      <div className="workflow-panel__state">
        {m.workflowPanel.state}：<strong>{m.workflow.states[status.workflowState] ?? status.workflowState}</strong>
      </div>
      {wantsText && (
        <label className="workflow-panel__field">
          {status.actions.some((action) => action.needsReason) ? m.workflowPanel.reason : m.workflowPanel.comment}
          <textarea onChange={(event) => setComment(event.target.value)} rows={3} value={comment} />
        </label>
      )}
      {status.actions.some((action) => action.action === 'schedule') && (
        <label className="workflow-panel__field">
          {m.workflowPanel.publishAt}
          <input onChange={(event) => setPublishAt(event.target.value)} type="datetime-local" value={publishAt} />
        </label>
      )}
      <div className="workflow-panel__actions">
        {status.actions.map((action) => (
          <Button buttonStyle={action.action === 'request_changes' ? 'secondary' : 'primary'} disabled={busy} key={action.action} onClick={() => void take(action)} size="small">
            {action.label[language]}
          </Button>
        ))}
      </div>
      {confirmingPublication && status.publication && (
        <PublishConfirmation
          busy={busy}
          m={m}
          onCancel={() => setConfirmingPublication(false)}
          onConfirm={() => void take(status.actions.find((action) => action.action === 'publish')!)}
          pdfURL={`${config.serverURL}${config.routes.api}/issues/${id}/print/pdf`}
          summary={status.publication}
        />
      )}
      {status.unavailable?.map(({ action, label, reason }) => (
        <p className="workflow-panel__unavailable" key={action}>
          {m.workflowPanel.unavailable({ action: label[language], reason })}
        </p>
      ))}
      <ChangesSinceReview collection={collectionSlug as 'issues' | 'items'} id={id} language={language} version={transitions} />
      <ReviewThread collection={collectionSlug as 'issues' | 'items'} id={id} language={language} version={transitions} />
      <WorkflowHistory collection={collectionSlug as 'issues' | 'items'} id={id} language={language} version={transitions} />
    </div>
  )
}
