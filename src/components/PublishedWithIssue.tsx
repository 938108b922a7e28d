'use client'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { messagesFor } from '../i18n'

/**
 * Stands where Payload's Publish button would be: nothing is published directly here, only
 * through the workflow panel (an issue's Publish action publishes its approved items with it).
 */
export function PublishedWithIssue() {
  const m = messagesFor(useTranslation().i18n.language)
  return <span className="published-with-issue">{m.workflowPanel.publishedThroughWorkflow}</span>
}
