import type { Series } from '../payload-types'
import { findOrCreate, findOne, type SeedContext } from './findOrCreate'

const SERIES_SLUG = 'energy-materials-bulletin'

export function seedSeries({ payload, tally }: SeedContext): Promise<Series> {
  return findOrCreate(
    tally,
    () => findOne(payload, 'series', { slug: { equals: SERIES_SLUG } }),
    () =>
      payload.create({
        collection: 'series',
        data: {
          title: '能源材料动态',
          titleEn: 'ENERGY MATERIALS BULLETIN',
          slug: SERIES_SLUG,
          publisherInstitute: '滨海能源材料研究所',
          publisherOffice: '科研与规划处',
          frequency: 'bimonthly',
          issueLabelStyle: 'bracket',
          description:
            '跟踪国内外能源材料领域的科技政策、项目资助与研究进展，供所内科研人员和管理人员参考。（演示内容）',
        },
      }),
  )
}
