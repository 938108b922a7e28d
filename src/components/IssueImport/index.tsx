import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasAnyRole } from '../../../access/roles'
import { languageOf, messagesFor } from '../../i18n'
import { IssueImport } from './IssueImport'

export { IssueImportButton } from './IssueImportButton'

/** 期刊 → 导入: an archive file in, its recognised structure shown, then the draft issue created. */
export async function IssueImportView({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const language = languageOf(req.i18n.language)
  if (!hasAnyRole(req.user as never, ['editor', 'admin'])) {
    return <p className="issue-import gutter--left gutter--right">{messagesFor(language).issueImport.editorsOnly}</p>
  }
  const { docs: series } = await req.payload.find({ collection: 'series', depth: 0, pagination: false, req, sort: 'title' })
  return (
    <IssueImport
      isAdmin={hasAnyRole(req.user as never, ['admin'])}
      language={language}
      series={series.map((entry) => ({ slug: entry.slug ?? '', title: entry.title }))}
    />
  )
}
