import type { PublishedIn } from '../../document/blocks'
import { findDOI, findURL } from '../../lib/identifiers'

/**
 * "上述研究工作发表在 J. Am. Chem. Soc. (文章标题: …)。" and its variants (发表于, 发表在《…》上,
 * 文章标题：/题目：, 以"…"为题发表在…, with a DOI): the original paper as structured data, the
 * sentence itself kept out of the body because the CMS prints it from the data.
 */

const LEAD = String.raw`(?:上述|该项?|这项|此项|相关)?(?:研究|工作|研究工作|研究成果|成果|论文|研究论文)*`
const VERB = String.raw`(?:已)?(?:在线)?(?:发表|刊登|刊发|发布)(?:在|于)`
const TITLE_LABEL = String.raw`(?:文章标题|论文标题|论文题目|题目|标题|原文标题|Title)`
const TITLED = new RegExp(
  String.raw`^${LEAD}\s*${VERB}\s*(?:《([^》]+)》|(.+?))\s*(?:上|期刊上|杂志上)?\s*[(（]\s*${TITLE_LABEL}\s*[:：]\s*(.+?)\s*[)）]\s*(.*)$`,
  'i',
)
const TITLE_FIRST = new RegExp(String.raw`^${LEAD}\s*以\s*[“"「《]([^”"」》]+)[”"」》]\s*为题\s*${VERB}\s*(?:《([^》]+)》|([^，。,;；]+?))\s*(?:上|期刊上|杂志上)?\s*([，,。;；].*|)$`, 'i')
const JOURNAL_ONLY = new RegExp(String.raw`^${LEAD}\s*${VERB}\s*(?:《([^》]+)》|([^，。,;；(（]+?))\s*(?:上|期刊上|杂志上)?\s*([，,。;；].*|)$`, 'i')
const DOI_LABEL = /^[\s，,;；。.]*(?:DOI|doi)\s*[:：]?\s*/

function cleanJournal(journal: string): string {
  return journal.replace(/^[《\s]+|[》\s]+$/g, '').replace(/\s+/g, ' ').trim()
}

function withIdentifiers(entry: PublishedIn, rest: string): PublishedIn {
  const doi = findDOI(rest) ?? findDOI(entry.articleTitle ?? '')
  const url = findURL(rest)
  return { ...entry, ...(doi ? { doi } : {}), ...(url && !url.includes(doi ?? '\u0000') ? { url } : {}) }
}

function isOnlyIdentifiers(rest: string): boolean {
  const leftover = rest.replace(DOI_LABEL, '').replace(/\b10\.\d{4,9}\/\S+/g, '').replace(/https?:\/\/\S+/g, '')
  return /^[\s，,;；。.)）]*$/.test(leftover)
}

/** The paper a sentence says the work was published in, when the whole paragraph is such a sentence. */
export function publishedInLine(text: string): PublishedIn | undefined {
  const line = text.trim()
  const titled = TITLED.exec(line)
  if (titled && isOnlyIdentifiers(titled[4]!)) {
    return withIdentifiers({ journal: cleanJournal(titled[1] ?? titled[2]!), articleTitle: titled[3]!.trim() }, titled[4]!)
  }
  const titleFirst = TITLE_FIRST.exec(line)
  if (titleFirst && isOnlyIdentifiers(titleFirst[4]!)) {
    return withIdentifiers({ journal: cleanJournal(titleFirst[2] ?? titleFirst[3]!), articleTitle: titleFirst[1]!.trim() }, titleFirst[4]!)
  }
  const journalOnly = JOURNAL_ONLY.exec(line)
  if (journalOnly && isOnlyIdentifiers(journalOnly[3]!)) {
    const journal = cleanJournal(journalOnly[1] ?? journalOnly[2]!)
    if (journal.length <= 60) return withIdentifiers({ journal }, journalOnly[3]!)
  }
  return undefined
}
