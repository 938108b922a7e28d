/**
 * Chinese is the admin's default language and English the other one: every label, description,
 * option, group, error message and custom view text the project defines exists in both. A failure
 * names the path (in the config, or file:line in the sources) of each text that does not.
 *
 * The delivery API (src/delivery) is not in scope: it answers downstream sites' developers, in
 * English, with the `{ error: { status, message } }` documented in its OpenAPI description.
 */
import os from 'node:os'
import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import type { SanitizedConfig } from 'payload'

import { quickFilterTexts } from '../../src/components/ItemQuickFilters/texts'
import { actionLabel } from '../../src/workflow/runTransition'
import { transitionsFor } from '../../src/workflow/transitions'
import { stateLabels } from '../../src/workflow/states'
import { checkConfig, checkLabel, checkSource, type Languages, type Report, sourceFiles, textProblems } from '../helpers/bilingual'

const root = process.cwd()
let config: SanitizedConfig
let languages: Languages

beforeAll(async () => {
  // Building the config opens nothing; these only keep it from touching the project's data/.
  process.env.PAYLOAD_SECRET ??= 'test-secret-bilingual'
  process.env.DATABASE_URI ??= `file:${path.join(os.tmpdir(), 'bulletin-bilingual-unused', 'unused.db')}`
  config = await (await import('../../src/payload.config')).default
  const [en, zh] = await Promise.all(
    (['en', 'zh'] as const).map((language) => initI18n({ config: config.i18n, context: 'client', language })),
  )
  languages = { en, zh }
})

describe('the rules', () => {
  it('know Chinese from English', () => {
    expect(textProblems('Issue', '期刊')).toEqual([])
    expect(textProblems('DOI', 'DOI')).toEqual([])
    expect(textProblems('Exactly as printed, e.g. 黄 健.', '与署名行一致，如“黄 健”。')).toEqual([])
    expect(textProblems('Issue', 'Issue')).toEqual(['zh "Issue" is not Chinese'])
    expect(textProblems('期刊', '期刊')).toEqual(['en "期刊" is not English'])
    expect(textProblems('Issue', '')).toEqual(['zh is missing or empty'])
    const report: Report = { checked: [], problems: [] }
    checkLabel('Workflow Panel', 'items.workflowPanel.label', report, languages)
    checkLabel({ zh: '流程' }, 'items.workflowPanel.label', report, languages)
    expect(report.problems).toEqual([
      'items.workflowPanel.label: plain string "Workflow Panel", needs { en, zh }',
      'items.workflowPanel.label: en is missing or empty',
    ])
  })
})

describe('every text in both languages', () => {
  it('in the Payload config: collections, groups, fields, descriptions, options, array labels, tabs, editor blocks', () => {
    const report: Report = { checked: [], problems: [] }
    checkConfig(config, report, languages)
    // The walk reaches every kind of text (Payload's own translation functions included).
    expect(report.checked).toEqual(
      expect.arrayContaining([
        'collections.items.labels.plural',
        'collections.items.admin.group',
        'collections.items.workflowPanel.label',
        'collections.items.workflowState.options.changes_requested',
        'collections.items.credits.labels.singular',
        'collections.items.credits.row.contributor.label',
        'collections.items.credits.admin.description',
        'collections.items.publishedIn.row.doi.label',
        'collections.items.body.blocks.footnote.labels.singular',
        'collections.items.body.blocks.footnote.reference.label',
        'collections.items._status.label',
        'collections.users.email.label',
        'collections.series.row.issueLabelStyle.options.ordinal',
        'admin.livePreview.breakpoints.mobile',
      ]),
    )
    expect(report.checked.length).toBeGreaterThan(200)
    expect(report.problems).toEqual([])
  })

  it('in every { en, zh } message and label written in the sources', () => {
    const report: Report = { checked: [], problems: [] }
    for (const directory of ['access', 'collections', 'src']) {
      for (const file of sourceFiles(path.join(root, directory))) {
        if (file.endsWith('payload-types.ts') || file.includes(`${path.sep}migrations${path.sep}`)) continue
        checkSource(file, root, report, { jsx: file.includes(`${path.sep}components${path.sep}`) })
      }
    }
    // Workflow, credit, validation and webhook messages, state and action labels, component texts.
    const files = new Set(report.checked.map((at) => at.split(':')[0]))
    for (const file of ['src/credits/creditStats.ts', 'src/fields/identifiers.ts', 'src/components/WorkflowPanel/index.tsx', 'src/components/CreditStatsView/index.tsx', 'src/components/EditorialDashboard/index.tsx']) {
      expect(files).toContain(file)
    }
    expect(report.problems).toEqual([])
  })

  it('in the tables the admin and the API look words up in', () => {
    const report: Report = { checked: [], problems: [] }
    const check = (table: Record<string, unknown>, name: string) => {
      for (const [key, label] of Object.entries(table)) checkLabel(label, `${name}.${key}`, report, languages)
    }
    check(stateLabels, 'stateLabels')
    check(Object.fromEntries([...transitionsFor('items'), ...transitionsFor('issues')].map((transition) => [`${transition.collection}.${transition.action}`, actionLabel(transition)])), 'transitions')
    check(quickFilterTexts, 'quickFilterTexts')
    expect(report.problems).toEqual([])
  })
})
