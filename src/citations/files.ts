import { Cite, plugins } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-csl'
import '@citation-js/plugin-ris'

import type { CslRecord } from './record'

// citation-js writes BibTeX as ASCII by default, which drops every Chinese character; biber and
// reference managers read UTF-8. The record's own key (pinyin, ASCII) is the entry's label.
const bibtexOutput = plugins.config.get('@bibtex').format
bibtexOutput.asciiOnly = false
bibtexOutput.useIdAsLabel = false

export const citationFormats = {
  ris: { contentType: 'application/x-research-info-systems', extension: 'ris' },
  bibtex: { contentType: 'application/x-bibtex', extension: 'bib' },
  'csl-json': { contentType: 'application/vnd.citationstyles.csl+json', extension: 'json' },
} as const

export type CitationFormat = keyof typeof citationFormats

export const isCitationFormat = (format: unknown): format is CitationFormat =>
  typeof format === 'string' && Object.hasOwn(citationFormats, format)

/** A reference manager's file for one record: RIS and BibTeX written by citation-js, CSL-JSON as the record itself. */
export function citationFile(record: CslRecord, format: CitationFormat): string {
  if (format === 'csl-json') return `${JSON.stringify([record], null, 2)}\n`
  return new Cite([record]).format(format)
}
