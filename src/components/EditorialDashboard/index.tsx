import type { ServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../../../access/roles'
import { type Language, languageOf, messagesFor } from '../../i18n'
import { itemStates, type WorkflowState } from '../../workflow/states'
import { awaitingReview, changesRequestedOf, currentPipelines, type WorkItem } from './pipeline'
import './index.scss'

function WorkList({ items, language, title }: { items: WorkItem[]; language: Language; title: string }) {
  const m = messagesFor(language)
  return (
    <section className="editorial-dashboard__panel">
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="editorial-dashboard__none">{m.dashboard.none}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={`${item.collection}-${item.id}`}>
              <a href={`/admin/collections/${item.collection}/${item.id}`}>{item.title}</a> {item.collection === 'items' && <span>{item.issue}</span>}{' '}
              {item.due && (
                <span className={`editorial-dashboard__due${item.overdue ? ' editorial-dashboard__due--overdue' : ''}`}>
                  {item.overdue ? m.deadlines.overdue({ date: item.due }) : m.deadlines.due({ date: item.due })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

/** Above the collection cards: the pipeline of current issues and each person's own work queue. */
export async function EditorialDashboard({ i18n, payload, user }: ServerProps) {
  if (!user) return null
  const language = languageOf(i18n.language)
  const m = messagesFor(language)
  const [pipelines, awaiting, changes] = await Promise.all([
    currentPipelines(payload),
    hasRole(user, 'reviewer') ? awaitingReview(payload, user) : Promise.resolve(undefined),
    hasRole(user, 'editor') ? changesRequestedOf(payload, user) : Promise.resolve(undefined),
  ])
  return (
    <div className="editorial-dashboard">
      <section className="editorial-dashboard__panel editorial-dashboard__pipeline">
        <h3>{m.dashboard.current}</h3>
        {pipelines.length === 0 ? (
          <p className="editorial-dashboard__none">{m.dashboard.none}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th />
                {itemStates.map((state) => (
                  <th key={state}>{m.workflow.states[state]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pipelines.map((issue) => (
                <tr key={issue.id}>
                  <td>
                    <a href={`/admin/collections/issues/${issue.id}`}>{issue.title}</a>{' '}
                    <span className="editorial-dashboard__state">{m.workflow.states[issue.workflowState as WorkflowState]}</span>
                  </td>
                  {itemStates.map((state) => (
                    <td className={issue.counts[state] ? '' : 'editorial-dashboard__zero'} key={state}>
                      {issue.counts[state]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {awaiting && <WorkList items={awaiting} language={language} title={m.dashboard.awaiting} />}
      {changes && <WorkList items={changes} language={language} title={m.dashboard.changes} />}
    </div>
  )
}
