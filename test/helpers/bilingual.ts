import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { I18n } from '@payloadcms/translations'
import type { Block, Field, SanitizedConfig } from 'payload'
import ts from 'typescript'

/** Han characters, CJK punctuation (【】“”，。) and full-width forms. */
const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/
const LATIN = /[A-Za-z]/
/** Labels that read the same in both languages. */
const ABBREVIATION = /^[A-Z0-9]+$/

/** What a check looked at (paths, file:line) and what it found wrong. */
export type Report = { checked: string[]; problems: string[] }
export type Languages = { en: I18n; zh: I18n }

/**
 * What is wrong with one text in its two languages: Chinese must be Chinese (an abbreviation such
 * as DOI may stand as it is), English must be English; Chinese in English only as an example
 * after "e.g." (e.g. 黄 健). Template literals are judged by their fixed parts.
 */
export function textProblems(en: unknown, zh: unknown): string[] {
  const problems: string[] = []
  if (typeof zh !== 'string' || !zh.trim()) problems.push('zh is missing or empty')
  else if (!CHINESE.test(zh) && !(zh === en && ABBREVIATION.test(zh))) problems.push(`zh "${zh}" is not Chinese`)
  if (typeof en !== 'string' || !en.trim()) problems.push('en is missing or empty')
  else if (!LATIN.test(en) || HAN.test(en.split('e.g.')[0])) problems.push(`en "${en}" is not English`)
  return problems
}

/**
 * A label as the admin shows it: `{ en, zh }`, or one of Payload's own translation functions
 * (judged by what it returns in each language). A plain string would show in both languages alike.
 */
export function checkLabel(value: unknown, at: string, report: Report, languages: Languages, required = true): void {
  if (value === undefined || value === null || value === false) {
    if (required) report.problems.push(`${at}: no label`)
    return
  }
  report.checked.push(at)
  if (typeof value === 'string') {
    report.problems.push(`${at}: plain string "${value}", needs { en, zh }`)
    return
  }
  if (typeof value === 'function') {
    const inLanguage = (i18n: I18n) => (value as (args: { i18n: I18n; t: I18n['t'] }) => unknown)({ i18n, t: i18n.t })
    for (const problem of textProblems(inLanguage(languages.en), inLanguage(languages.zh))) report.problems.push(`${at}: ${problem}`)
    return
  }
  if (typeof value === 'object') {
    const text = value as Record<string, unknown>
    for (const problem of textProblems(text.en, text.zh)) report.problems.push(`${at}: ${problem}`)
    return
  }
  report.problems.push(`${at}: unexpected label ${JSON.stringify(value)}`)
}

/** Never shown in the admin: hidden from the API (auth internals) or from the admin (upload internals). */
function neverShown(field: Field): boolean {
  const admin = field.admin as { disabled?: boolean; hidden?: boolean } | undefined
  return Boolean(('hidden' in field && field.hidden) || admin?.hidden || admin?.disabled)
}

/** Blocks a rich text field's editor offers (the footnote marker), from its resolved features. */
function editorBlocks(field: Field): Block[] {
  if (field.type !== 'richText' || !field.editor || typeof field.editor === 'function') return []
  const features = (field.editor as { editorConfig?: { resolvedFeatureMap?: Map<string, { sanitizedServerFeatureProps?: { blocks?: Block[]; inlineBlocks?: Block[] } }> } })
    .editorConfig?.resolvedFeatureMap
  const props = features?.get('blocks')?.sanitizedServerFeatureProps
  return [...(props?.blocks ?? []), ...(props?.inlineBlocks ?? [])]
}

function checkBlocks(blocks: Block[], at: string, report: Report, languages: Languages): void {
  for (const block of blocks) {
    const blockAt = `${at}.blocks.${block.slug}`
    checkLabel(block.labels?.singular, `${blockAt}.labels.singular`, report, languages)
    checkLabel(block.labels?.plural, `${blockAt}.labels.plural`, report, languages)
    checkFields(block.fields, blockAt, report, languages)
  }
}

/** Every field label, description, option, array label, tab and block the admin can show. */
export function checkFields(fields: Field[], at: string, report: Report, languages: Languages): void {
  for (const field of fields) {
    if (neverShown(field)) continue
    const fieldAt = `${at}.${'name' in field && field.name ? field.name : field.type}`
    if (field.type !== 'row' && field.type !== 'tabs') {
      checkLabel('label' in field ? field.label : undefined, `${fieldAt}.label`, report, languages, 'name' in field || field.type === 'collapsible')
    }
    const admin = field.admin as { description?: unknown; placeholder?: unknown } | undefined
    checkLabel(admin?.description, `${fieldAt}.admin.description`, report, languages, false)
    checkLabel(admin?.placeholder, `${fieldAt}.admin.placeholder`, report, languages, false)
    if ((field.type === 'select' || field.type === 'radio') && field.options) {
      for (const option of field.options) {
        if (typeof option === 'string') report.problems.push(`${fieldAt}.options.${option}: plain string, needs { label: { en, zh } }`)
        else checkLabel(option.label, `${fieldAt}.options.${option.value}`, report, languages)
      }
    }
    if (field.type === 'array' && field.labels) {
      checkLabel(field.labels.singular, `${fieldAt}.labels.singular`, report, languages)
      checkLabel(field.labels.plural, `${fieldAt}.labels.plural`, report, languages)
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabAt = `${fieldAt}.${'name' in tab && tab.name ? tab.name : 'tab'}`
        checkLabel(tab.label, `${tabAt}.label`, report, languages)
        checkLabel(tab.description, `${tabAt}.description`, report, languages, false)
        checkFields(tab.fields, tabAt, report, languages)
      }
    }
    if (field.type === 'blocks') checkBlocks(field.blocks, fieldAt, report, languages)
    checkBlocks(editorBlocks(field), fieldAt, report, languages)
    if ('fields' in field && Array.isArray(field.fields)) checkFields(field.fields, fieldAt, report, languages)
  }
}

/** Our collections (Payload's own `payload-*` ones speak Payload's translations) and globals. */
export function checkConfig(config: SanitizedConfig, report: Report, languages: Languages): void {
  for (const collection of config.collections.filter(({ slug }) => !slug.startsWith('payload-'))) {
    const at = `collections.${collection.slug}`
    checkLabel(collection.labels.singular, `${at}.labels.singular`, report, languages)
    checkLabel(collection.labels.plural, `${at}.labels.plural`, report, languages)
    checkLabel(collection.admin.group, `${at}.admin.group`, report, languages, false)
    checkLabel(collection.admin.description, `${at}.admin.description`, report, languages, false)
    checkFields(collection.fields, at, report, languages)
  }
  for (const global of config.globals.filter(({ slug }) => !slug.startsWith('payload-'))) {
    checkLabel(global.label, `globals.${global.slug}.label`, report, languages)
    checkLabel(global.admin.group, `globals.${global.slug}.admin.group`, report, languages, false)
    checkFields(global.fields, `globals.${global.slug}`, report, languages)
  }
  // Payload types these as plain strings: each is a key of ours, which the toolbar translates (scripts/payload-strings.mjs).
  for (const breakpoint of config.admin.livePreview?.breakpoints ?? []) {
    report.checked.push(`admin.livePreview.breakpoints.${breakpoint.name}`)
    const zh = languages.zh.t(breakpoint.label as never)
    const en = languages.en.t(breakpoint.label as never)
    if (!breakpoint.label.startsWith('bulletin:') || !HAN.test(zh) || !LATIN.test(en) || HAN.test(en)) {
      report.problems.push(`admin.livePreview.breakpoints.${breakpoint.name}: "${breakpoint.label}" needs to be a bulletin: key with a Chinese and an English text`)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The sources: messages and component texts are `{ en, zh }` literals where they are used.
// ---------------------------------------------------------------------------------------------

export function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(directory, file))
}

/** The fixed text of a string or template literal; undefined for anything computed. */
function literalText(node: ts.Expression): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => span.literal.text).join('')
  return undefined
}

/** Attributes whose text a person reads. */
const READ_ATTRIBUTES = new Set(['alt', 'aria-label', 'placeholder', 'title'])

/**
 * Every object literal with an `en` or a `zh` property has both, in the right languages; with
 * `jsx`, text written straight into JSX (or a read attribute) is flagged, since it cannot change
 * with the admin language.
 */
export function checkSource(file: string, root: string, report: Report, { jsx }: { jsx: boolean }): void {
  const text = readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const where = (node: ts.Node) => `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const byName = new Map<string, ts.ObjectLiteralElementLike>()
      for (const property of node.properties) {
        if (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name))) byName.set(property.name.text, property)
      }
      if (byName.has('en') || byName.has('zh')) {
        report.checked.push(where(node))
        const value = (name: string) => {
          const property = byName.get(name)
          if (!property) return null
          return ts.isPropertyAssignment(property) ? literalText(property.initializer) : undefined
        }
        const en = value('en')
        const zh = value('zh')
        if (en === null || zh === null) report.problems.push(`${where(node)}: has ${en === null ? 'zh' : 'en'} but no ${en === null ? 'en' : 'zh'}`)
        // Computed values (text.en, a variable) are checked where they are written.
        else if (en !== undefined && zh !== undefined) for (const problem of textProblems(en, zh)) report.problems.push(`${where(node)}: ${problem}`)
      }
    }
    if (jsx && ts.isJsxText(node) && (HAN.test(node.text) || LATIN.test(node.text))) {
      report.problems.push(`${where(node)}: words written into JSX: "${node.text.trim()}"`)
    }
    // {language === 'en' ? 'Contributor credits' : '贡献统计'}: words belong in a texts table.
    if (jsx && ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const branches = ts.isConditionalExpression(node.expression) ? [node.expression.whenTrue, node.expression.whenFalse] : [node.expression]
      for (const branch of branches) {
        const words = literalText(branch)
        if (words !== undefined && (HAN.test(words) || LATIN.test(words))) report.problems.push(`${where(branch)}: words written into JSX: "${words}"`)
      }
    }
    if (jsx && ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer && ts.isStringLiteral(node.initializer)) {
      report.problems.push(`${where(node)}: ${node.name.getText(source)}="${node.initializer.text}" in one language`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
}
