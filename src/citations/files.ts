import type { Cite as CiteClass } from '@citation-js/core'

import type { CslRecord } from './record'

let citationJs: Promise<typeof CiteClass> | undefined

/**
 * citation-js with its formats, loaded on the first download: its CSL styles and locales take some
 * 8 MB of every server's heap, for a file readers ask for now and then.
 */
function loadCitationJs(): Promise<typeof CiteClass> {
  citationJs ??= (async () => {
    const { Cite, plugins } = await import('@citation-js/core')
    await Promise.all([import('@citation-js/plugin-bibtex'), import('@citation-js/plugin-csl'), import('@citation-js/plugin-ris')])
    // citation-js writes BibTeX as ASCII by default, which drops every Chinese character; biber and
    // reference managers read UTF-8. The record's own key (pinyin, ASCII) is the entry's label.
    const bibtexOutput = plugins.config.get('@bibtex').format
    bibtexOutput.asciiOnly = false
    bibtexOutput.useIdAsLabel = false
    return Cite
  })()
  return citationJs
}

export const citationFormats = {
  ris: { contentType: 'application/x-research-info-systems', extension: 'ris' },
  bibtex: { contentType: 'application/x-bibtex', extension: 'bib' },
  'csl-json': { contentType: 'application/vnd.citationstyles.csl+json', extension: 'json' },
} as const

export type CitationFormat = keyof typeof citationFormats

export const isCitationFormat = (format: unknown): format is CitationFormat =>
  typeof format === 'string' && Object.hasOwn(citationFormats, format)

/** A reference manager's file for one record: RIS and BibTeX written by citation-js, CSL-JSON as the record itself. */
export async function citationFile(record: CslRecord, format: CitationFormat): Promise<string> {
  if (format === 'csl-json') return `${JSON.stringify([record], null, 2)}\n`
  const Cite = await loadCitationJs()
  return new Cite([record]).format(format)
}
