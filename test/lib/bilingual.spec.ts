/**
 * Chinese is the admin's default language and English the other one: every label, description,
 * option, group, error message and custom view text the project defines exists in both. Payload's
 * `label`/`labels` stay `{ en, zh }` in the configs (its convention); every other message is in the
 * language files under src/i18n (one per language, typed by en.ts), so a third language is one file.
 * A failure names the path (in the config or a language file, or file:line in the sources) of each
 * text that is wrong.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import type { SanitizedConfig } from 'payload'
import ts from 'typescript'

import { defaultLanguage, languages as spoken, messagesByLanguage } from '../../src/i18n'
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

  it('in every { en, zh } label written in the sources', () => {
    const report: Report = { checked: [], problems: [] }
    for (const directory of ['access', 'collections', 'src']) {
      for (const file of sourceFiles(path.join(root, directory))) {
        if (file.endsWith('payload-types.ts') || file.includes(`${path.sep}migrations${path.sep}`)) continue
        checkSource(file, root, report, { jsx: file.includes(`${path.sep}components${path.sep}`) })
      }
    }
    // Collection, field-factory and workflow labels (the messages are in the language files now), and
    // the components, whose JSX is checked for words written into it.
    const files = new Set(report.checked.map((at) => at.split(':')[0]))
    for (const file of ['collections/Items/index.ts', 'collections/References/index.ts', 'src/fields/slug.ts', 'src/workflow/fields.ts', 'src/richtext/footnoteBlock.ts']) {
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
    expect(report.checked.length).toBeGreaterThan(15)
    expect(report.problems).toEqual([])
  })
})

// ---------------------------------------------------------------------------------------------
// The language files: every key in every language, Chinese in zh.ts and English in en.ts.
// ---------------------------------------------------------------------------------------------

/** Not words: how a language joins lists and which locale formats its dates. */
const FORMAT_SECTION = 'format'

/** A source file written for a test of the checks themselves. */
function sampleFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bulletin-bilingual-')), name)
  writeFileSync(file, text)
  return file
}

const languageFile = (language: string) => path.join(root, 'src', 'i18n', `${language}.ts`)

/** The fixed text of a string or template literal. */
function fixedText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => span.literal.text).join('')
  return undefined
}

/**
 * Every message of a language file by its key path (`workflow.states.draft`), as written: a string,
 * or for a message that takes values, the fixed parts of every literal in its function (the words
 * around `${…}`, separators such as '、' included).
 */
function messagesWritten(file: string): Map<string, string> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
  const texts = new Map<string, string>()
  const walk = (object: ts.ObjectLiteralExpression, prefix: string) => {
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property)) throw new Error(`${file}: ${prefix}${property.getText(source)} is not a key: value pair`)
      const key = `${prefix}${ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) ? property.name.text : property.name.getText(source)}`
      const value = property.initializer
      if (ts.isObjectLiteralExpression(value)) {
        walk(value, `${key}.`)
        continue
      }
      const parts: string[] = []
      const collect = (node: ts.Node) => {
        const text = fixedText(node)
        if (text !== undefined) parts.push(text)
        ts.forEachChild(node, collect)
      }
      collect(value)
      texts.set(key, parts.join(''))
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && node.initializer && ts.isObjectLiteralExpression(node.initializer)) walk(node.initializer, '')
    else ts.forEachChild(node, visit)
  }
  visit(source)
  return texts
}

/** The key paths of a language's messages at run time: what the code reads. */
function keyPaths(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keyPaths(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe('the language files', () => {
  it('know Chinese from English in a language file (a message that takes values by its fixed words)', () => {
    const file = sampleFile(
      'sample.ts',
      "export const sample = { a: { b: 'Draft' }, c: ({ n }: { n: number }) => `第 ${n} 条${['、'].join('')}` }\n",
    )
    expect([...messagesWritten(file)]).toEqual([
      ['a.b', 'Draft'],
      ['c', '第  条、'],
    ])
  })

  it('have every key in every language, and no other', () => {
    const english = keyPaths(messagesByLanguage.en).sort()
    expect(english.length).toBeGreaterThan(250)
    for (const language of spoken) {
      expect({ language, keys: keyPaths(messagesByLanguage[language]).sort() }).toEqual({ language, keys: english })
      // What the sources say is what runs: one written message per key.
      expect({ language, keys: [...messagesWritten(languageFile(language)).keys()].sort() }).toEqual({ language, keys: english })
    }
  })

  it('say each message in Chinese in zh.ts and in English in en.ts', () => {
    const en = messagesWritten(languageFile('en'))
    const zh = messagesWritten(languageFile('zh'))
    const problems: string[] = []
    let checked = 0
    for (const [key, english] of en) {
      if (key.startsWith(`${FORMAT_SECTION}.`)) continue
      checked += 1
      for (const problem of textProblems(english, zh.get(key))) problems.push(`${key}: ${problem}`)
    }
    expect(checked).toBeGreaterThan(250)
    expect(problems).toEqual([])
  })

  it('format dates with a locale of their own language', () => {
    for (const language of spoken) {
      const { locale } = messagesByLanguage[language].format
      expect({ language, locale: new Intl.DateTimeFormat(locale).resolvedOptions().locale.split('-')[0] }).toEqual({ language, locale: language })
    }
    expect(spoken).toContain(defaultLanguage)
  })
})

// ---------------------------------------------------------------------------------------------
// One way to say things: outside Payload's labels, no `{ en, zh }` is written in the sources.
// ---------------------------------------------------------------------------------------------

/** Payload's own label properties: `label: { en, zh }` and `labels: { singular, plural }`. */
function isPayloadLabel(node: ts.ObjectLiteralExpression): boolean {
  const owner = node.parent
  if (!ts.isPropertyAssignment(owner) || owner.initializer !== node) return false
  const name = owner.name.getText()
  if (name === 'label') return true
  if (name !== 'singular' && name !== 'plural') return false
  const labels = owner.parent.parent
  return ts.isPropertyAssignment(labels) && labels.name.getText() === 'labels'
}

/** Every object literal with a property named after a language, outside Payload's labels: file:line and its text. */
function inlineTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node) && !isPayloadLabel(node)) {
      const names = node.properties.map((property) => (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)) ? property.name.text : undefined))
      if (names.some((name) => (spoken as readonly (string | undefined)[]).includes(name))) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
        found.push(`${path.relative(root, file)}:${line}: ${node.getText(source).replace(/\s+/g, ' ').slice(0, 100)}`)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The language files, and index.ts, which names them: where the languages are written out. */
const languageModule = new Set([...spoken.map(languageFile), path.join(root, 'src', 'i18n', 'index.ts')])

describe('one way to say things', () => {
  it('finds an inline { en, zh } text, and passes Payload labels', () => {
    const file = sampleFile(
      'inline.ts',
      [
        "export const field = { name: 'a', label: { en: 'A', zh: '甲' }, labels: { singular: { en: 'A', zh: '甲' }, plural: { en: 'As', zh: '甲' } } }",
        "export const message = { en: 'Not here.', zh: '不在此处。' }",
        "export const description = { admin: { description: { zh: '说明', en: 'Description' } } }",
        "export const singular = { singular: { en: 'Not in labels', zh: '不在 labels 中' } }",
        '',
      ].join('\n'),
    )
    expect(inlineTexts(file).map((found) => found.replace(/^.*?:(\d+):.*$/, '$1'))).toEqual(['2', '3', '4'])
  })

  it('has no { en, zh } literal in src, collections or access outside a Payload label or labels', () => {
    const found: string[] = []
    let files = 0
    for (const directory of ['access', 'collections', 'src']) {
      for (const file of sourceFiles(path.join(root, directory))) {
        if (languageModule.has(file)) continue
        files += 1
        found.push(...inlineTexts(file))
      }
    }
    expect(files).toBeGreaterThan(200)
    expect(found).toEqual([])
  })
})
