import { HAN } from '../lib/han'
import { officeDay } from '../lib/officeDay'
import type { CitedRecord, CslName } from './record'

/**
 * How a citation is made: from the printed edition (no URL), or from the web with the day the
 * reader looked (GB/T 7714-2015 requires 引用日期 and the access path for online documents).
 */
export type Edition = { kind: 'print' } | { kind: 'online'; citedOn: Date }

export const PRINT: Edition = { kind: 'print' }

export const online = (citedOn = new Date()): Edition => ({ kind: 'online', citedOn })

/** §8.1.2: up to three names, then 等 (the bulletin is Chinese, so never "et al."). */
const NAMES_IN_FULL = 3

/** §8.1.1: Chinese names in full as written; Latin names family name in capitals, then initials without points. */
function printedName(name: CslName): string {
  if ('literal' in name) return name.literal
  if (HAN.test(name.family)) return `${name.family}${name.given ?? ''}`
  const initials = (name.given ?? '').split(/[\s-]+/u).filter(Boolean).map((part) => part[0].toUpperCase())
  return [name.family.toUpperCase(), ...initials].join(' ')
}

function responsible(names: readonly CslName[] | undefined): string {
  if (!names?.length) return ''
  const printed = names.slice(0, NAMES_IN_FULL).map(printedName)
  return (names.length > NAMES_IN_FULL ? [...printed, '等'] : printed).join(', ')
}

const isoDay = (date: Date) => {
  const [year, month, day] = officeDay(date)
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * The GB/T 7714-2015 line of an item or an issue. The document type code is [J]: a bulletin
 * published in numbered issues under one title is a serial (连续出版物), whatever its circulation,
 * so an item is "a contribution in a serial" (§4.4: 主要责任者. 题名[J]. 刊名, 年(期)) and an issue
 * is the serial itself (§4.3: 题名[J]. 年(期). 出版者, 出版年). Online, the carrier code /OL,
 * the 引用日期 in brackets and the URL are added. Without a place of publication (we store none)
 * the place is left out, as the CSL style china-national-standard-gb-t-7714-2015 does; elements
 * are separated by ". " and the line ends with a full stop.
 */
export function gbt7714(record: CitedRecord, edition: Edition): string {
  const isOnline = edition.kind === 'online'
  const year = record.issued['date-parts'][0][0]
  const yearAndIssue = `${year}(${record.issue})`
  const cited = edition.kind === 'online' ? `[${isoDay(edition.citedOn)}]` : ''
  const title = `${record.title}[J${isOnline ? '/OL' : ''}]`
  const elements =
    record.type === 'article-journal'
      ? [responsible(record.author), title, `${record['container-title']}, ${yearAndIssue}${cited}`]
      : [responsible(record.author), title, yearAndIssue, `${record.publisher}, ${year}${cited}`]
  if (isOnline) elements.push(record.URL)
  return `${elements.filter(Boolean).join('. ')}.`
}
