'use client'

import { Button, toast, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { hasAnyRole } from '../../../access/roles'
import type { IssueOutline, OutlineSection } from '../../builder/outline'
import type { User } from '../../payload-types'
import { languageOf, messagesFor } from '../../i18n'
import { MissingPieces } from './MissingPieces'
import { SortableList } from './SortableList'
import { SortableRow } from './SortableRow'
import './index.scss'

const ORDERABLE = ['planning', 'in_review', 'approved']

function orderOf(sections: OutlineSection[]) {
  return {
    sections: sections.map((section) => section.id),
    items: Object.fromEntries(sections.map((section) => [String(section.id), section.items.map((item) => item.id)])),
  }
}

/**
 * The issue's sections and items in printed order, rearranged by drag and drop and saved in one
 * request (the server checks role, state and completeness), beside the pieces still missing.
 */
export function IssueBuilder({ issueID }: { issueID: number | string }) {
  const { config } = useConfig()
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const language = languageOf(i18n.language)
  const m = messagesFor(language)
  const [outline, setOutline] = useState<IssueOutline>()
  const [sections, setSections] = useState<OutlineSection[]>([])
  const [busy, setBusy] = useState(false)
  const api = `${config.serverURL}${config.routes.api}/issues/${issueID}`
  const adminRoute = `${config.serverURL}${config.routes.admin}`

  const show = useCallback((next: IssueOutline) => {
    setOutline(next)
    setSections(next.sections)
  }, [])

  useEffect(() => {
    void fetch(`${api}/outline`, { credentials: 'include', headers: { 'Accept-Language': language } }).then(async (response) => {
      const body = await response.json()
      if (response.ok) show(body as IssueOutline)
      else toast.error(body.errors?.[0]?.message ?? response.statusText)
    })
  }, [api, language, show])

  if (!outline) return <p className="issue-builder issue-builder__loading">{m.issueBuilder.loading}</p>

  const mayEdit = hasAnyRole(user, ['admin', 'editor'])
  const orderable = ORDERABLE.includes(outline.workflowState)
  const dragDisabled = !mayEdit || !orderable || busy
  const dirty = JSON.stringify(orderOf(sections)) !== JSON.stringify(orderOf(outline.sections))

  async function save() {
    setBusy(true)
    try {
      const response = await fetch(`${api}/order`, {
        body: JSON.stringify(orderOf(sections)),
        credentials: 'include',
        headers: { 'Accept-Language': language, 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const body = await response.json().catch(() => ({}))
      if (!response.ok) {
        toast.error(body.errors?.[0]?.message ?? response.statusText)
        return
      }
      show(body as IssueOutline)
      toast.success(m.issueBuilder.saved)
    } catch {
      // The network failed: the order is kept on screen, to be saved again.
      toast.error(m.issueBuilder.notSaved)
    } finally {
      setBusy(false)
    }
  }

  const replaceItems = (sectionID: OutlineSection['id']) => (items: OutlineSection['items']) =>
    setSections((current) => current.map((section) => (section.id === sectionID ? { ...section, items } : section)))

  return (
    <div className="issue-builder">
      <header className="issue-builder__header">
        <h2>
          {m.issueBuilder.title} · {outline.label}
        </h2>
        <span className="issue-builder__state">{m.workflow.states[outline.workflowState]}</span>
      </header>
      <p className="issue-builder__hint">
        {!orderable ? m.issueBuilder.locked : !mayEdit ? m.issueBuilder.readOnly : m.issueBuilder.hint}
      </p>
      {orderable && mayEdit && outline.workflowState === 'approved' && <p className="issue-builder__warning">{m.issueBuilder.approvedNote}</p>}
      <div className="issue-builder__columns">
        <div className="issue-builder__order">
          <SortableList className="issue-builder__sections" entries={sections} keyOf={(section) => `section-${section.id}`} m={m} onReorder={setSections} titleOf={(section) => section.name}>
            {(section) => (
              <SortableRow className="issue-builder__section" disabled={dragDisabled} handleLabel={m.issueBuilder.dragHandle} id={`section-${section.id}`} key={section.id}>
                <div className="issue-builder__section-body">
                  <h3>{section.name}</h3>
                  {section.items.length === 0 ? (
                    <p className="issue-builder__empty">{m.issueBuilder.emptySection}</p>
                  ) : (
                    <SortableList className="issue-builder__items" entries={section.items} keyOf={(item) => `item-${item.id}`} m={m} onReorder={replaceItems(section.id)} titleOf={(item) => item.title}>
                      {(item) => (
                        <SortableRow className="issue-builder__item" disabled={dragDisabled} handleLabel={m.issueBuilder.dragHandle} id={`item-${item.id}`} key={item.id}>
                          <a href={`${adminRoute}/collections/items/${item.id}`}>{item.title}</a>
                          <span className={`issue-builder__pill issue-builder__pill--${item.workflowState}`}>{m.workflow.states[item.workflowState]}</span>
                        </SortableRow>
                      )}
                    </SortableList>
                  )}
                </div>
              </SortableRow>
            )}
          </SortableList>
          {mayEdit && orderable && (
            <div className="issue-builder__actions">
              <Button buttonStyle="primary" disabled={!dirty || busy} onClick={() => void save()} size="medium">
                {m.issueBuilder.save}
              </Button>
              <Button buttonStyle="secondary" disabled={!dirty || busy} onClick={() => setSections(outline.sections)} size="medium">
                {m.issueBuilder.reset}
              </Button>
            </div>
          )}
        </div>
        <MissingPieces adminRoute={adminRoute} language={language} missing={outline.missing} />
      </div>
    </div>
  )
}
