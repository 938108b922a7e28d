import type { Block, Footnote } from '../document/blocks'

/**
 * A published (or, for staff, draft) issue as the printed edition lays it out, independent of
 * the engine: the PDF (Typst) and the Word file are both written from this and nothing else.
 * Footnote numbers are the delivery API's, so print and web cite the same source as the same number.
 */
export type PrintItem = {
  id: number | string
  title: string
  titleEn?: string
  body: Block[]
  /** "上述研究工作发表在 Journal（文章标题：…）。" as the office prints it; empty when there is none. */
  publishedInLine: string
  /** （黄 健）, （科技日报、中国日报）; empty when nobody is credited in print. */
  creditLine: string
}

export type PrintSection = {
  name: string
  nameEn?: string
  editorsNote: Block[]
  items: PrintItem[]
}

export type PrintIssue = {
  id: number | string
  seriesTitle: string
  seriesTitleEn?: string
  year: number
  number: number
  /** The number as printed on the masthead: 2026【03】 or 2026年第3期. */
  label: string
  /** 【03】, as the cover prints it beside the series title. */
  bracketNumber: string
  publisherInstitute: string
  publisherOffice?: string
  /** yyyy-mm-dd, or undefined for an undated draft. */
  publicationDate?: string
  /** 2026年3月14日 */
  dateLine: string
  /** The issue's citation line in GB/T 7714-2015 form, printed on the cover's back and the web page. */
  citation: string
  sections: PrintSection[]
  /** Every footnote cited anywhere in the issue, by its number. */
  footnotes: Footnote[]
  /** True when built from the newest drafts (staff preview): the edition says so on every page. */
  draft: boolean
}
