import type { DocumentViewServerProps } from 'payload'
import React from 'react'

import { IssueBuilder } from './IssueBuilder'

/** The 编排 tab of an issue: its builder, for the document being viewed. */
export function IssueBuilderView({ doc }: DocumentViewServerProps) {
  return <IssueBuilder issueID={doc.id} />
}
