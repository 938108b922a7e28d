'use client'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

const texts = {
  publishedThroughWorkflow: { en: 'Published through the workflow', zh: '经审核流程发布' },
}

/**
 * Stands where Payload's Publish button would be: nothing is published directly here, only
 * through the workflow panel (an issue's Publish action publishes its approved items with it).
 */
export function PublishedWithIssue() {
  const { i18n } = useTranslation()
  return <span className="published-with-issue">{texts.publishedThroughWorkflow[i18n.language === 'en' ? 'en' : 'zh']}</span>
}
