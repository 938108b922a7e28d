import { toPinyin } from './names'

/** URL-safe ASCII slug; Chinese is written in pinyin so links stay readable and copyable. */
export function slugify(text: string): string {
  return toPinyin(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}
