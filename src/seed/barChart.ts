import { sharpOnDemand as sharp } from '../lib/sharpOnDemand'

export type BarChartSpec = {
  values: number[]
  axisMax: number
  gridStep: number
  color: string
}

const WIDTH = 1200
const HEIGHT = 675
const MARGIN = { top: 50, right: 60, bottom: 60, left: 80 }

/**
 * Bars, grid lines and axes only: text would depend on the fonts installed where the seed runs
 * (a slim container has none), so numbers and labels live in the media document's caption and alt.
 */
function barChartSVG({ values, axisMax, gridStep, color }: BarChartSpec): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const baseline = MARGIN.top + plotHeight
  const y = (value: number) => baseline - (value / axisMax) * plotHeight
  const slot = plotWidth / values.length
  const barWidth = slot * 0.55

  const grid: string[] = []
  for (let tick = gridStep; tick <= axisMax; tick += gridStep) {
    grid.push(
      `<line x1="${MARGIN.left}" y1="${y(tick)}" x2="${WIDTH - MARGIN.right}" y2="${y(tick)}" stroke="#d9d9d9" stroke-width="2"/>`,
    )
  }
  const bars = values.map((value, index) => {
    const x = MARGIN.left + slot * index + (slot - barWidth) / 2
    return `<rect x="${x}" y="${y(value)}" width="${barWidth}" height="${baseline - y(value)}" fill="${color}"/>`
  })
  const axes =
    `<line x1="${MARGIN.left}" y1="${MARGIN.top}" x2="${MARGIN.left}" y2="${baseline}" stroke="#333333" stroke-width="3"/>` +
    `<line x1="${MARGIN.left}" y1="${baseline}" x2="${WIDTH - MARGIN.right}" y2="${baseline}" stroke="#333333" stroke-width="3"/>`

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
<rect width="100%" height="100%" fill="#ffffff"/>${grid.join('')}${bars.join('')}${axes}</svg>`
}

/** Drawn locally, so seeding needs no network and no image files in the repository. */
export function renderBarChart(spec: BarChartSpec): Promise<Buffer> {
  return sharp(Buffer.from(barChartSVG(spec))).png().toBuffer()
}
