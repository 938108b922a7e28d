/** The part of citation-js (shipped without types) that the citation files use. */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown)
    data: Array<Record<string, unknown>>
    format(format: 'ris' | 'bibtex' | 'data', options?: { format?: 'text' | 'object' }): string
  }
  export const plugins: {
    config: { get(plugin: '@bibtex'): { format: { asciiOnly: boolean; useIdAsLabel: boolean } } }
  }
}

/** Loaded for what they register with the core: the BibTeX, CSL and RIS formats. */
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-csl'
declare module '@citation-js/plugin-ris'
