'use client'

import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import { stateLabels } from '../../workflow/states'
import { ReviewThread } from '../ReviewThread'
import './index.scss'

type Action = { action: string; label: { en: string; zh: string }; needsComment?: boolean; needsReason?: boolean }
type Status = { actions: Action[]; workflowState: keyof typeof stateLabels }

const texts = {
  comment: { en: 'Comment (required to request changes)', zh: '审核意见（退回修改时必填）' },
  publishAt: { en: 'Publish at', zh: '发布时间' },
  reason: { en: 'Reason (required)', zh: '原因（必填）' },
  saveFirst: { en: 'Save the document to start its workflow.', zh: '请先保存，再进入审核流程。' },
  state: { en: 'Workflow', zh: '流程' },
}

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
  const language = i18n.language === 'en' ? 'en' : 'zh'
  const [status, setStatus] = useState<Status>()
  const [comment, setComment] = useState('')
  const [publishAt, setPublishAt] = useState('')
  const [busy, setBusy] = useState(false)
  const [transitions, setTransitions] = useState(0)
  const endpoint = `${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/workflow`

  const load = useCallback(async () => {
    if (!id) return
    const response = await fetch(endpoint, { credentials: 'include' })
    if (response.ok) setStatus((await response.json()) as Status)
  }, [endpoint, id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) return <p className="workflow-panel__hint">{texts.saveFirst[language]}</p>
  if (!status) return null

  async function take(action: Action) {
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
    const body = (await response.json()) as { errors?: Array<{ message: string }> }
    setBusy(false)
    if (!response.ok) {
      toast.error(body.errors?.[0]?.message ?? response.statusText)
      return
    }
    toast.success(action.label[language])
    setComment('')
    setTransitions((count) => count + 1)
    await load()
    router.refresh()
  }

  const wantsText = status.actions.some((action) => action.needsComment || action.needsReason)
  return (
    <div className="workflow-panel">
      <div className="workflow-panel__state">
        {texts.state[language]}：<strong>{stateLabels[status.workflowState]?.[language] ?? status.workflowState}</strong>
      </div>
      {wantsText && (
        <label className="workflow-panel__field">
          {status.actions.some((action) => action.needsReason) ? texts.reason[language] : texts.comment[language]}
          <textarea onChange={(event) => setComment(event.target.value)} rows={3} value={comment} />
        </label>
      )}
      {status.actions.some((action) => action.action === 'schedule') && (
        <label className="workflow-panel__field">
          {texts.publishAt[language]}
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
      <ReviewThread collection={collectionSlug as 'issues' | 'items'} id={id} language={language} version={transitions} />
    </div>
  )
}
