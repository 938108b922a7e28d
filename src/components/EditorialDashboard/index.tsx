import type { ServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../../../access/roles'
import { stateLabels, itemStates } from '../../workflow/states'
import { awaitingReview, changesRequestedOf, currentPipelines, type WorkItem } from './pipeline'
import './index.scss'

const texts = {
  awaiting: { en: 'Awaiting my review', zh: '待我审核' },
  changes: { en: 'Changes requested of me', zh: '退回给我的修改' },
  current: { en: 'Issues in progress', zh: '编排中的期刊' },
  none: { en: 'Nothing here.', zh: '暂无。' },
}

function WorkList({ items, language, title }: { items: WorkItem[]; language: 'en' | 'zh'; title: string }) {
  return (
    <section className="editorial-dashboard__panel">
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="editorial-dashboard__none">{texts.none[language]}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <a href={`/admin/collections/items/${item.id}`}>{item.title}</a> <span>{item.issue}</span>
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
  const language = i18n.language === 'en' ? 'en' : 'zh'
  const [pipelines, awaiting, changes] = await Promise.all([
    currentPipelines(payload),
    hasRole(user, 'reviewer') ? awaitingReview(payload, user) : Promise.resolve(undefined),
    hasRole(user, 'editor') ? changesRequestedOf(payload, user) : Promise.resolve(undefined),
  ])
  return (
    <div className="editorial-dashboard">
      <section className="editorial-dashboard__panel editorial-dashboard__pipeline">
        <h3>{texts.current[language]}</h3>
        {pipelines.length === 0 ? (
          <p className="editorial-dashboard__none">{texts.none[language]}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th />
                {itemStates.map((state) => (
                  <th key={state}>{stateLabels[state][language]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pipelines.map((issue) => (
                <tr key={issue.id}>
                  <td>
                    <a href={`/admin/collections/issues/${issue.id}`}>{issue.title}</a>{' '}
                    <span className="editorial-dashboard__state">{stateLabels[issue.workflowState as keyof typeof stateLabels]?.[language]}</span>
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
      {awaiting && <WorkList items={awaiting} language={language} title={texts.awaiting[language]} />}
      {changes && <WorkList items={changes} language={language} title={texts.changes[language]} />}
    </div>
  )
}
