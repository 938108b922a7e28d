'use client'

import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { type Language, messagesFor } from '../../i18n'
import { adminDateTime } from '../../i18n/dateTime'
import type { AuditLog, User } from '../../payload-types'
import type { WorkflowState } from '../../workflow/states'
import './index.scss'

/**
 * The document's workflow history under its review panel, newest first, from the audit log: who
 * did what when, the state before and after, and the note (a comment, a reason). `version`
 * reloads it after a transition taken in the panel.
 */
export function WorkflowHistory({ collection, id, language, version }: { collection: 'issues' | 'items'; id: number | string; language: Language; version: number }) {
  const { config } = useConfig()
  const m = messagesFor(language)
  const [entries, setEntries] = useState<AuditLog[]>()

  useEffect(() => {
    const query = new URLSearchParams({
      depth: '1',
      limit: '50',
      'populate[users][name]': 'true',
      sort: '-createdAt',
      'where[documentCollection][equals]': collection,
      'where[documentID][equals]': String(id),
    })
    void fetch(`${config.serverURL}${config.routes.api}/audit-log?${query}`, { credentials: 'include' }).then(async (response) => {
      if (response.ok) setEntries(((await response.json()) as { docs: AuditLog[] }).docs)
    })
  }, [collection, config.routes.api, config.serverURL, id, version])

  if (!entries) return null
  const state = (value: AuditLog['fromState']) => (value ? m.workflow.states[value as WorkflowState] : '')
  return (
    <section className="workflow-history">
      <h4>{m.workflowHistory.heading}</h4>
      {entries.length === 0 ? (
        <p className="workflow-history__none">{m.workflowHistory.none}</p>
      ) : (
        <ol>
          {entries.map((entry) => (
            <li key={entry.id}>
              <div className="workflow-history__meta">
                <time dateTime={entry.createdAt}>{adminDateTime(entry.createdAt, language)}</time>{' '}
                {entry.actor && typeof entry.actor === 'object' ? (entry.actor as User).name : m.workflowHistory.system}
              </div>
              <strong>{m.collections.auditLog.actions[entry.action]}</strong>
              {entry.fromState && entry.toState && entry.fromState !== entry.toState && (
                <>
                  {' '}
                  <span className="workflow-history__states">
                    {state(entry.fromState)} → {state(entry.toState)}
                  </span>
                </>
              )}
              {entry.note && <p className="workflow-history__note">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
