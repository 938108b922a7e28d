import type { DocumentViewServerProps } from 'payload'
import React from 'react'

import { languageOf, messagesFor } from '../../i18n'
import { adminDateTime } from '../../i18n/dateTime'
import type { Issue, Item, User } from '../../payload-types'
import { auditActionLabels } from '../../workflow/auditActions'
import type { WorkflowCollection } from '../../workflow/states'
import './index.scss'

const PER_PAGE = 25

type Version = { id: number | string; latest?: boolean | null; updatedAt: string; version: Issue | Item }

function nameOf(user: unknown): string | undefined {
  return user && typeof user === 'object' ? (user as User).name : undefined
}

/**
 * The 版本 tab of an item or issue: every version, newest first, with the workflow event that made
 * it (送审, 退回修改, 审核通过, 发布 …, or a person's save), who took it and the state it left;
 * each opens Payload's own version view to compare or restore.
 */
export async function VersionHistoryView({ doc, initPageResult, searchParams }: DocumentViewServerProps) {
  const { collectionConfig, req } = initPageResult
  const collection = collectionConfig!.slug as WorkflowCollection
  const language = languageOf(req.i18n.language)
  const m = messagesFor(language)
  const page = Math.max(1, Number(searchParams?.page) || 1)
  const { docs, totalPages } = (await req.payload.findVersions({
    collection,
    depth: 1,
    limit: PER_PAGE,
    overrideAccess: false,
    page,
    populate: { users: { name: true } },
    req,
    sort: '-updatedAt',
    where: { parent: { equals: doc.id } },
  })) as unknown as { docs: Version[]; totalPages: number }
  const base = `${req.payload.config.routes.admin}/collections/${collection}/${doc.id}/versions`

  return (
    <div className="version-history">
      <h2>{m.versionHistory.heading}</h2>
      <p className="version-history__intro">{m.versionHistory.intro}</p>
      {docs.length === 0 ? (
        <p>{m.versionHistory.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{m.versionHistory.when}</th>
              <th>{m.versionHistory.event}</th>
              <th>{m.versionHistory.by}</th>
              <th>{m.versionHistory.state}</th>
              <th>{m.versionHistory.copy}</th>
            </tr>
          </thead>
          <tbody>
            {docs.map(({ id, latest, updatedAt, version }) => (
              <tr data-event={version.workflowEvent ?? 'saved'} key={id}>
                <td>
                  <a href={`${base}/${id}`}>
                    <time dateTime={updatedAt}>{adminDateTime(updatedAt, language)}</time>
                  </a>
                </td>
                <td className="version-history__event">{version.workflowEvent ? auditActionLabels[version.workflowEvent][language] : m.versionHistory.saved}</td>
                <td>{nameOf(version.workflowEvent ? version.workflowEventBy : version.lastEditedBy) ?? '—'}</td>
                <td>{m.workflow.states[version.workflowState as keyof typeof m.workflow.states] ?? version.workflowState}</td>
                <td>
                  {version._status === 'published' ? m.versionHistory.published : m.versionHistory.draft}
                  {latest && <span className="version-history__current">{m.versionHistory.current}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {totalPages > 1 && (
        <nav className="version-history__pages">
          {page > 1 && <a href={`?page=${page - 1}`}>{m.versionHistory.newer}</a>}
          <span>{m.versionHistory.page({ page, pages: totalPages })}</span>
          {page < totalPages && <a href={`?page=${page + 1}`}>{m.versionHistory.older}</a>}
        </nav>
      )}
    </div>
  )
}
