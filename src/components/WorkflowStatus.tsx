'use client'

import { useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { messagesFor } from '../i18n'
import type { WorkflowState } from '../workflow/states'

/** Sent by the review panel after a transition, with the document's new workflow state. */
export const WORKFLOW_STATE_EVENT = 'bulletin:workflow-state'

/**
 * The document header's status, in place of Payload's draft/published pill: the workflow state,
 * the one status a document has here, changed at once when the review panel takes a transition.
 */
export function WorkflowStatus() {
  const m = messagesFor(useTranslation().i18n.language)
  const saved = useFormFields(([fields]) => fields.workflowState?.value as WorkflowState | undefined)
  const [state, setState] = useState(saved)

  useEffect(() => setState(saved), [saved])
  useEffect(() => {
    const follow = (event: Event) => setState((event as CustomEvent<WorkflowState>).detail)
    window.addEventListener(WORKFLOW_STATE_EVENT, follow)
    return () => window.removeEventListener(WORKFLOW_STATE_EVENT, follow)
  }, [])

  if (!state) return null
  return (
    <div className="status workflow-status">
      <span className="status__label">{m.workflowPanel.state}：</span>
      <span className="status__value">{m.workflow.states[state] ?? state}</span>
    </div>
  )
}
