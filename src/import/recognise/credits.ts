/**
 * The credit line closing an item: the compiler's name or the source media in parentheses,
 * （黄 健）, （冯瑞华）, （科技日报、中国日报）, half-width parentheses too. Names as printed,
 * the space inside a name kept; the writer matches them to contributors.
 */

const WHOLE = /^[（(]\s*([^()（）]{1,60}?)\s*[)）]$/
const AT_END = /^(.*[。！？.!?”」])\s*[（(]\s*([^()（）]{1,60}?)\s*[)）]$/
const SEPARATORS = /\s*[、，,；;／/]\s*/
/** A name: CJK or Latin letters with single inner spaces or dots, no digits, no sentence punctuation. */
const NAME = /^[\p{Script=Han}A-Za-z·•.\-'’](?:[\p{Script=Han}A-Za-z·•.\-'’ ]{0,23}[\p{Script=Han}A-Za-z.’])?$/u
const NOT_NAMES = /^(图|表|见|注|下同|同上|下图|上图|略|完|待续|续)/

function namesIn(inner: string): string[] | undefined {
  const names = inner.split(SEPARATORS).map((name) => name.trim().replace(/\s+/g, ' '))
  if (names.length === 0 || names.length > 8) return undefined
  if (!names.every((name) => NAME.test(name) && !NOT_NAMES.test(name))) return undefined
  return names
}

/** The names of a paragraph that is a whole credit line, or undefined. */
export function creditLine(text: string): string[] | undefined {
  const match = WHOLE.exec(text.trim())
  return match ? namesIn(match[1]!) : undefined
}

/** A credit line printed at the end of an item's last paragraph: the paragraph's text before it and the names. */
export function trailingCredit(text: string): { before: string; names: string[] } | undefined {
  const match = AT_END.exec(text.trim())
  if (!match) return undefined
  const names = namesIn(match[2]!)
  return names ? { before: match[1]!, names } : undefined
}
