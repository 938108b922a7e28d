import type { Media } from '../payload-types'
import { type BarChartSpec, renderBarChart } from './barChart'
import { findOrCreate, findOne, seedEach, type SeedContext } from './findOrCreate'

type FigureSeed = {
  filename: string
  alt: string
  figureNumber: string
  captionZh: string
  captionEn: string
  sourceLine: string
  chart: BarChartSpec
}

// The figures are numbered within their issue, as in print; the numbers are invented demo data.
const figureSeeds = {
  storageInstallations: {
    filename: 'chart-storage-installations-2021-2025.png',
    alt: '柱状图：2021—2025年全球新型储能累计装机规模逐年上升，依次约为25、45、90、160和240吉瓦',
    figureNumber: '图 1',
    captionZh: '2021—2025年全球新型储能累计装机规模（GW）',
    captionEn: 'Cumulative installed capacity of new-type energy storage worldwide, 2021–2025 (GW)',
    sourceLine: '数据来源：根据公开资料整理（演示数据）',
    chart: {
      values: [25, 45, 90, 160, 240],
      axisMax: 250,
      gridStep: 50,
      color: '#2f6f9f',
    },
  },
  lithiumAnodeRetention: {
    filename: 'chart-lithium-anode-capacity-retention.png',
    alt: '柱状图：循环300次后，常规电解液、单一含氟添加剂和含氟双盐添加剂体系的容量保持率分别约为62%、78%和91%',
    figureNumber: '图 1',
    captionZh: '不同电解液体系锂金属电池循环300次后的容量保持率（%）',
    captionEn: 'Capacity retention of lithium metal cells with different electrolytes after 300 cycles (%)',
    sourceLine: '数据来源：根据相关研究公开信息整理（演示数据）',
    chart: {
      values: [62, 78, 91],
      axisMax: 100,
      gridStep: 20,
      color: '#c0762b',
    },
  },
} satisfies Record<string, FigureSeed>

export type FigureKey = keyof typeof figureSeeds
export type DemoMedia = Record<FigureKey, Media>

export function seedMedia({ payload, tally }: SeedContext): Promise<DemoMedia> {
  return seedEach(figureSeeds, ({ filename, chart, ...data }: FigureSeed) =>
    findOrCreate(
      tally,
      // Payload renames an upload whose file name is taken on disk, so the alt text is the fallback key.
      () =>
        findOne(payload, 'media', { or: [{ filename: { equals: filename } }, { alt: { equals: data.alt } }] }),
      async () => {
        const image = await renderBarChart(chart)
        return payload.create({
          collection: 'media',
          data,
          file: { data: image, mimetype: 'image/png', name: filename, size: image.length },
        })
      },
    ),
  )
}
