'use client'

import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { type Language, messagesFor } from '../../i18n'
import { adminDateTime } from '../../i18n/dateTime'
import type { ChangesSinceReview as Changes, DiffPart } from '../../review/changes'
import './index.scss'

const CONTEXT = 30

/** Long unchanged stretches shortened to what surrounds the changes. */
function shortened(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT * 2 + 10) return text
  if (first) return `… ${text.slice(-CONTEXT)}`
  if (last) return `${text.slice(0, CONTEXT)} …`
  return `${text.slice(0, CONTEXT)} … ${text.slice(-CONTEXT)}`
}

function Diff({ parts }: { parts: DiffPart[] }) {
  return (
    <div className="review-changes__diff">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index}>{part.text}</ins>
        ) : part.removed ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{shortened(part.text, index === 0, index === parts.length - 1)}</span>
        ),
      )}
    </div>
  )
}

/**
 * In the review panel: what changed in the document since its last review, field by field, added
 * text underlined in green and removed text struck through in red. `version` reloads it after a
 * transition.
 */
export function ChangesSinceReview({ collection, id, language, version }: { collection: 'issues' | 'items'; id: number | string; language: Language; version: number }) {
  const { config } = useConfig()
  const m = messagesFor(language)
  const [changes, setChanges] = useState<Changes>()

  useEffect(() => {
    void fetch(`${config.serverURL}${config.routes.api}/${collection}/${id}/changes`, { credentials: 'include', headers: { 'Accept-Language': language } }).then(async (response) => {
      if (response.ok) setChanges((await response.json()) as Changes)
    })
  }, [collection, config.routes.api, config.serverURL, id, language, version])

  if (!changes) return null
  const { since } = changes
  return (
    <section className="review-changes">
      <h4>{m.changes.heading}</h4>
      {since ? (
        <p className="review-changes__since">{m.changes.since({ action: m.collections.auditLog.actions[since.action], at: adminDateTime(since.at, language), by: since.by ?? m.workflowHistory.system })}</p>
      ) : (
        <p className="review-changes__since">{m.changes.firstReview}</p>
      )}
      {since && changes.changes.length === 0 && <p className="review-changes__none">{m.changes.none}</p>}
      {changes.changes.map((change) => (
        <div className="review-changes__field" key={change.field}>
          <strong>{m.changes.fields[change.field as keyof typeof m.changes.fields] ?? change.field}</strong>
          <Diff parts={change.parts} />
        </div>
      ))}
    </section>
  )
}
