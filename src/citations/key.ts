import { toPinyin } from '../lib/names'
import { HAN } from '../lib/han'
import type { CslDate, CslName } from './record'

/** An ASCII BibTeX key, huangjian2026woguo: the first author and the title's first word in toneless pinyin. */
export function citationKey(firstAuthor: CslName | undefined, date: CslDate, title: string): string {
  const ascii = (text: string) => toAsciiWords(text).join('')
  const author = firstAuthor ? ascii('literal' in firstAuthor ? firstAuthor.literal : firstAuthor.family) : ''
  const titleWord = HAN.test(title) ? ascii([...title].filter((char) => HAN.test(char)).slice(0, 2).join('')) : (toAsciiWords(title)[0] ?? '')
  const year = date['date-parts'][0][0]
  return author ? `${author}${year}${titleWord}` : `${titleWord}${year}`
}

function toAsciiWords(text: string): string[] {
  return toPinyin(text)
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}
