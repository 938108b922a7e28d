/** Bulletins are dated in China whatever the server's zone. */
const OFFICE_TIME_ZONE = 'Asia/Shanghai'

/** Made once: a formatter with a time zone costs far more to make than to use (every citation asks). */
const officeCalendar = new Intl.DateTimeFormat('en-CA', { timeZone: OFFICE_TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric' })

/** The calendar day in the office's zone: [year, month, day]. */
export function officeDay(date: Date): [number, number, number] {
  const parts = officeCalendar
    .formatToParts(date)
    .reduce<Record<string, string>>((found, part) => ({ ...found, [part.type]: part.value }), {})
  return [Number(parts.year), Number(parts.month), Number(parts.day)]
}

/** 2026年3月14日 */
export function chineseDate(date: Date): string {
  const [year, month, day] = officeDay(date)
  return `${year}年${month}月${day}日`
}

/** 2026-03-14 */
export function isoDay(date: Date): string {
  return officeDay(date)
    .map((part, index) => String(part).padStart(index ? 2 : 4, '0'))
    .join('-')
}
