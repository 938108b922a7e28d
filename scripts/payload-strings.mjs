// Runs after every install (package.json "postinstall"). Some of what Payload shows is written in
// English in its code (the table tools, the live preview sizes, the toolbar's menus, a few buttons
// and labels for screen readers), some of its messages printed our { zh, en } labels as
// "[object Object]", and it kept a collection's field map in the language of whoever asked first.
// This teaches those places to ask Payload's t() for keys of ours (`bulletin:…`, payloadStrings in
// src/i18n/{en,zh}.ts), to pick a label's language, and to keep field maps per language.
//
// Each change names what it expects to find in the installed file and how often. A release of
// Payload that moved the code makes this fail the install, naming the change, instead of quietly
// leaving English behind: re-check the places then and update PAYLOAD_VERSION. Running it twice
// changes nothing.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const PAYLOAD_VERSION = '3.90.1'
const MARK = '/* bulletin: translated words */'

// npm installs one copy of each, at the top of node_modules.
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const packageDirectory = (name) => path.join(projectRoot, 'node_modules', name)

/** The name a bundle gives Payload's useTranslation hook, read from its import line. */
function useTranslationAlias(source, file) {
  const alias = /import\{[^}]*\buseTranslation as (\w+)[^}]*\}from"@payloadcms\/ui"/.exec(source)?.[1]
  if (!alias) throw new Error(`${file}: no import of useTranslation from @payloadcms/ui`)
  return alias
}

const lexicalClient = {
  file: ['@payloadcms/richtext-lexical', 'dist/exports/client/index.js'],
  changes: (source, file) => {
    const hook = useTranslationAlias(source, file)
    const t = '__bulletinT'
    const inserts = (kind, unit, side) => [
      new RegExp(`\\["Insert ",(\\w+)\\.${unit}===1\\?"${unit.slice(0, -1)}":\`\\$\\{\\1\\.${unit}\\} ${unit}\`,${side}\\]`),
      (_, counts) => `${t}("bulletin:${kind}",{count:${counts}.${unit}})`,
    ]
    const header = (state, key) => [
      new RegExp(`\\[\\((\\w+)\\.__headerState&(\\w+)\\.${state}\\)===\\2\\.${state}\\?"Remove":"Add"," ","${state.toLowerCase()} header"\\]`),
      (_, cell, states) => `(${cell}.__headerState&${states}.${state})===${states}.${state}?${t}("bulletin:tableRemove${key}Header"):${t}("bulletin:tableAdd${key}Header")`,
    ]
    return [
      // The table action menu and the table drawer's title ask the hook for t.
      ['table menu hook', /function \w+\(\{cellMerge:\w+,contextRef:\w+,onClose:\w+,setIsMenuOpen:\w+,tableCellNode:\w+\}\)\{/, (head) => `${head}let ${t}=${hook}().t;`, 1],
      ['table drawer hook', /(\w+)="lexical-table-create-"\+(\w+),/, (whole) => `${t}=${hook}().t,${whole}`, 1],
      ['table drawer title', 'drawerTitle:"Create Table"', `drawerTitle:${t}("bulletin:tableCreate")`, 1],
      // The toolbar's menus were announced as "add dropdown", "align dropdown".
      [
        'toolbar menu hook',
        /\(\{anchorElem:\w+,classNames:\w+,editor:\w+,group:\w+,groupState:\w+,Icon:\w+,itemsContainerClassNames:\w+,label:\w+\}\)=>\{let/,
        (head) => `${head} ${t}=${hook}().t,`,
        1,
      ],
      ['toolbar menu', /buttonAriaLabel:`\$\{(\w+)\} dropdown`/, (_, key) => `buttonAriaLabel:${t}("bulletin:toolbarMenu",{name:${t}("bulletin:toolbarGroup_"+${key})})`, 1],
      screenReaderLabel(hook, 'Edit link', 'editLink'),
      screenReaderLabel(hook, 'Remove link', 'removeLink'),
      ['toolbar and slash menu', 'label:"Table"', 'label:({i18n:__bulletinI18n})=>__bulletinI18n.t("bulletin:table")', 2],
      ...[
        ['Merge cells', 'tableMergeCells'],
        ['Unmerge cells', 'tableUnmergeCells'],
        ['Toggle Row Striping', 'tableRowStriping'],
        ['Toggle First Column Freeze', 'tableFreezeFirstColumn'],
        ['Delete column', 'tableDeleteColumn'],
        ['Delete row', 'tableDeleteRow'],
        ['Delete table', 'tableDeleteTable'],
      ].map(([english, key]) => [english, `children:"${english}"`, `children:${t}("bulletin:${key}")`, 1]),
      ['insert rows above', ...inserts('tableInsertRowsAbove', 'rows', '" above"'), 1],
      ['insert rows below', ...inserts('tableInsertRowsBelow', 'rows', '" below"'), 1],
      ['insert columns left', ...inserts('tableInsertColumnsLeft', 'columns', '" ","left"'), 1],
      ['insert columns right', ...inserts('tableInsertColumnsRight', 'columns', '" ","right"'), 1],
      ['row header', ...header('ROW', 'Row'), 1],
      ['column header', ...header('COLUMN', 'Column'), 1],
    ]
  },
}

/** Payload's useTranslation reads its context with React's use(), so it may be called anywhere in a render. */
const screenReaderLabel = (hook, english, key) => [english, `"aria-label":"${english}"`, `"aria-label":${hook}().t("bulletin:${key}")`, 1]

// The editor's block handles, in the chunk of the editor field (its file name carries a hash).
const lexicalEditorField = {
  file: ['@payloadcms/richtext-lexical', 'dist/exports/client/Field-YZR46UCY.js'],
  changes: (source, file) => {
    const hook = useTranslationAlias(source, file)
    return [
      screenReaderLabel(hook, 'Drag to move', 'dragBlock'),
      screenReaderLabel(hook, 'Add block', 'addBlock'),
      screenReaderLabel(hook, 'Insert Paragraph', 'insertParagraph'),
    ]
  },
}

const lexicalTableFields = {
  file: ['@payloadcms/richtext-lexical', 'dist/features/experimental_table/server/index.js'],
  changes: () => [
    ['rows field', "  name: 'rows',\n", "  name: 'rows',\n  label: ({ t }) => t('bulletin:tableRows'),\n", 1],
    ['columns field', "  name: 'columns',\n", "  name: 'columns',\n  label: ({ t }) => t('bulletin:tableColumns'),\n", 1],
  ],
}

/** The label screen readers announce for the toasts' region ("Notifications alt+T"). */
function toastRegion(source, file) {
  const container = /var (\w+)=\(\{config:\w+\}\)=>\{let\{admin:\{toast:/.exec(source)?.[1]
  const translations = /switchLanguageServerAction:\w+,theme:\w+,translations:(\w+),user:\w+\}/.exec(source)?.[1]
  if (!container || !translations) throw new Error(`${file}: the toast container or the root provider's translations were not found`)
  return [
    ['toast region label', new RegExp(`var ${container}=\\(\\{config:(\\w+)\\}\\)=>\\{`), (_, config) => `var ${container}=({config:${config},bulletinLabel:__bulletinToastLabel})=>{`, 1],
    ['toast region', 'visibleToasts:n??5})', 'visibleToasts:n??5,containerAriaLabel:__bulletinToastLabel})', 1],
    ['toast region from the root', new RegExp(`\\(${container},\\{config:(\\w+)\\}\\)`), (_, config) => `(${container},{config:${config},bulletinLabel:${translations}?.bulletin?.toastRegion})`, 1],
  ]
}

/** Payload's admin components: live preview, checkboxes, related documents, files, toasts, moments. */
const uiClient = {
  file: ['@payloadcms/ui', 'dist/exports/client/index.js'],
  changes: (source, file) => {
    const controls = /\{breakpoint:(\w+),breakpoints:(\w+),setBreakpoint:\w+,setPreviewWindowType:\w+,setZoom:\w+,url:\w+,zoom:\w+\}=\w+\(\),\{t:(\w+)\}=\w+\(\)/.exec(source)
    if (!controls) throw new Error(`${file}: the live preview toolbar's controls were not found`)
    const [, breakpoint, breakpoints, t] = controls
    const hook = /\{t:\w+\}=(\w+)\(\),\w+;if\(/.exec(source.slice(controls.index))?.[1]
    if (!hook) throw new Error(`${file}: the useTranslation hook of the live preview toolbar was not found`)
    return [
      // A checkbox's hover title was its field's name ("public", "select-all"); its label says it.
      ['checkbox title', /("aria-label":"","aria-labelledby":(\w+),checked:\w+,disabled:\w+,id:\w+,name:\2,onChange:\w+,ref:\w+,required:\w+,)title:\2,/, (_, before) => before, 1],
      ['edit a related document', /(\{t:(\w+)\}=\w+\(\),[^]{0,400}?)"aria-label":`Edit \$\{(\w+)\}`/, (_, before, tr, label) => `${before}"aria-label":${tr}("general:editLabel",{label:${label}})`, 1],
      ['copy a file address', 'defaultMessage:"Copy URL"', `defaultMessage:${hook}().t("bulletin:copyURL")`, 1],
      // The toasts' region is rendered outside Payload's translations; its parent has them at hand.
      ...toastRegion(source, file),
      ...momentsPerLanguage('dist/exports/client/index.js').changes(),
      ['responsive breakpoint', 'label:"Responsive"', 'label:"bulletin:previewResponsive"', 1],
      [
        'chosen breakpoint',
        new RegExp(`children:${breakpoints}\\.find\\((\\w+)=>\\1\\.name==${breakpoint}\\)\\?\\.label\\?\\?(\\w+)\\.label\\}`),
        (_, each, custom) => `children:((__bulletinLabel)=>__bulletinLabel?${t}(__bulletinLabel):${custom}.label)(${breakpoints}.find(${each}=>${each}.name==${breakpoint})?.label)}`,
        1,
      ],
      ['breakpoint list', /children:(\w+)\.label\},\1\.name\)/, (_, each) => `children:${t}(${each}.label)},${each}.name)`, 1],
    ]
  },
}

// Payload fills some messages with a collection's or field's label as it is configured, and ours
// are { zh, en } objects: "按 [object Object] 升序 排序". t() now picks the label in the language of
// the translations it was given (they carry `bulletin:language`, src/i18n/translations.ts).
const labelsInMessages = {
  file: ['@payloadcms/translations', 'dist/utilities/init.js'],
  changes: () => [
    [
      'labels in messages',
      '        translationString = replaceVars({\n            translationString,\n            vars\n        });',
      '        translationString = replaceVars({\n            translationString,\n            vars: labelsIn(vars, translations)\n        });',
      1,
    ],
    [
      'pick a label',
      'const initTFunction = ',
      `/** Each { zh, en } label among the values, in the language of \`translations\`. */
function labelsIn(vars, translations) {
    const language = translations?.bulletin?.language;
    if (!language) return vars;
    return Object.fromEntries(Object.entries(vars).map(([name, value])=>[name, value && typeof value === 'object' && typeof value[language] === 'string' ? value[language] : value]));
}
const initTFunction = `,
      1,
    ],
  ],
}

// Payload keeps each collection's client field map for the whole process, made in the language of
// whoever asked first: an English admin's version comparison showed "更新于" and "状态" after a
// Chinese one had opened it. Kept per language instead.
const fieldMapPerLanguage = {
  file: ['@payloadcms/ui', 'dist/utilities/getClientSchemaMap.js'],
  changes: () => [
    ['field map per language', 'const cacheKey = collectionSlug || globalSlug || `widget:${widgetSlug}`;', 'const cacheKey = `${collectionSlug || globalSlug || `widget:${widgetSlug}`}:${i18n?.language}`;', 1],
  ],
}

// Payload writes every moment with the one pattern of its config; each language has its own
// (bulletin:dateTimePattern): 2026年12月3日 08:15 / 3 Dec 2026, 08:15.
const datePattern = (pattern, i18n) => `${pattern}=${i18n}?.translations?.bulletin?.adminDateFormat===${pattern}?${i18n}.translations.bulletin.dateTimePattern:${pattern};`
const momentsPerLanguage = (relative) => ({
  file: ['@payloadcms/ui', relative],
  changes: () => [
    ['date pattern', /(var \w+=\(\{date:\w+,i18n:(\w+),pattern:(\w+),timezone:\w+\}\)=>\{)/, (_, head, i18n, pattern) => `${head}${datePattern(pattern, i18n)}`, 1],
  ],
})

function count(source, find) {
  return typeof find === 'string' ? source.split(find).length - 1 : [...source.matchAll(new RegExp(find.source, 'g'))].length
}

function patch({ changes, file: [packageName, relative] }) {
  const file = path.join(packageDirectory(packageName), relative)
  let source = readFileSync(file, 'utf8')
  if (source.includes(MARK)) return `${packageName}/${relative}: already translated`
  for (const [name, find, replace, expected] of changes(source, file)) {
    const found = count(source, find)
    if (found !== expected) {
      throw new Error(`${packageName}/${relative}: "${name}" expected ${expected} time(s), found ${found}. Payload changed since ${PAYLOAD_VERSION}; re-check scripts/payload-strings.mjs.`)
    }
    source = typeof find === 'string' ? source.replaceAll(find, replace) : source.replace(new RegExp(find.source, 'g'), replace)
  }
  writeFileSync(file, `${source}\n${MARK}\n`)
  return `${packageName}/${relative}: translated`
}

const installed = JSON.parse(readFileSync(path.join(packageDirectory('payload'), 'package.json'), 'utf8')).version
if (installed !== PAYLOAD_VERSION) {
  console.error(`payload-strings: Payload ${installed} is installed, the changes were made for ${PAYLOAD_VERSION}; re-check them and update PAYLOAD_VERSION.`)
  process.exit(1)
}
const targets = [lexicalClient, lexicalEditorField, lexicalTableFields, uiClient, labelsInMessages, fieldMapPerLanguage, momentsPerLanguage('dist/exports/shared/index.js')]
for (const target of targets) console.log(`payload-strings: ${patch(target)}`)
