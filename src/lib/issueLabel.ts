export const issueLabelStyles = ['bracket', 'ordinal'] as const
export type IssueLabelStyle = (typeof issueLabelStyles)[number]

/** The number as printed on the masthead: 2023【01】 or 2023年第3期. */
export function issueLabel(year: number, number: number, style: IssueLabelStyle = 'bracket'): string {
  if (style === 'ordinal') return `${year}年第${number}期`
  return `${year}【${String(number).padStart(2, '0')}】`
}
