import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { customTranslations } from '../../src/i18n/translations'

const root = process.cwd()
const patched = [
  'node_modules/@payloadcms/richtext-lexical/dist/exports/client/index.js',
  'node_modules/@payloadcms/richtext-lexical/dist/exports/client/Field-YZR46UCY.js',
  'node_modules/@payloadcms/richtext-lexical/dist/features/experimental_table/server/index.js',
  'node_modules/@payloadcms/ui/dist/exports/client/index.js',
  'node_modules/@payloadcms/translations/dist/utilities/init.js',
  'node_modules/@payloadcms/ui/dist/utilities/getClientSchemaMap.js',
  'node_modules/@payloadcms/ui/dist/exports/shared/index.js',
]

/** The toolbar's menus that Payload's editor offers here, whose names the toolbar asks for by key. */
const TOOLBAR_GROUPS = ['add', 'inlineBlocks', 'text', 'align']

/** The `bulletin:` keys a file asks Payload's t() for, with Payload's count suffixes where it passes a count. */
function keysAskedFor(source: string): string[] {
  return [...source.matchAll(/["']bulletin:(\w+)["'](,\{count:)?/g)].flatMap(([, key, counted]) => {
    if (key!.endsWith('_')) return TOOLBAR_GROUPS.map((group) => `${key}${group}`)
    return counted ? [`${key}_one`, `${key}_other`] : [key!]
  })
}

describe("Payload's untranslated words (scripts/payload-strings.mjs, run after every install)", () => {
  it('has taught the installed table tools and live preview toolbar, and changes nothing when run again', () => {
    const output = execFileSync(process.execPath, ['scripts/payload-strings.mjs'], { cwd: root, encoding: 'utf8' })
    expect(output.trim().split('\n')).toEqual(patched.map((file) => `payload-strings: ${file.replace('node_modules/', '')}: already translated`))
  })

  it('asks only for keys that both languages have', () => {
    const asked = new Set(patched.flatMap((file) => keysAskedFor(readFileSync(path.join(root, file), 'utf8'))))
    asked.add('previewMobile').add('previewDesktop')
    expect(asked.size).toBeGreaterThan(20)
    for (const language of ['zh', 'en'] as const) {
      const missing = [...asked].filter((key) => !customTranslations[language].bulletin[key])
      expect({ language, missing }).toEqual({ language, missing: [] })
    }
  })

  it('leaves no English of the table menu in the bundle the admin loads', () => {
    const bundle = readFileSync(path.join(root, patched[0]!), 'utf8')
    for (const english of ['"Toggle Row Striping"', '"Delete table"', '"Insert ",', '"Create Table"', 'label:"Table"']) expect(bundle).not.toContain(english)
  })
})
