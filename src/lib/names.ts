import { pinyin } from 'pinyin-pro'

import { HAN } from './han'

/** Invisible characters pasted along with names: zero-width spaces and joiners, BOMs, direction marks. */
export const INVISIBLE = /\p{Cf}+/gu

/** 黄 健, 黄　健, 黄\u200b健 and 黄健 are one person: fold width and drop every kind of space. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, '').toLowerCase()
}

/** Toneless pinyin for Chinese text ("黄健" → "huang jian"); other text is returned folded. */
export function toPinyin(text: string): string {
  const folded = text.normalize('NFKC').trim()
  if (!HAN.test(folded)) return folded.replace(/\s+/g, ' ')
  return pinyin(folded, { toneType: 'none', nonZh: 'consecutive', v: true })
    .replace(/\s+/g, ' ')
    .trim()
}

/** A key that sorts Chinese names by pinyin, the way the office's printed indexes do. */
export function sortKey(name: string): string {
  return toPinyin(normalizeName(name)).toLowerCase()
}
