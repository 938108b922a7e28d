import type { RequiredDataFromCollectionSlug, Where } from 'payload'

import { normalizeDOI, normalizeURL } from '../lib/identifiers'
import type { Reference } from '../payload-types'
import { findOrCreate, findOne, seedEach, type SeedContext } from './findOrCreate'

type ReferenceSeed = RequiredDataFromCollectionSlug<'references'>

// Invented sources: web pages live on reserved example domains, DOIs use the 10.5555 test prefix.
const referenceSeeds = {
  solidStateAssessment: {
    kind: 'report',
    title: '固态电池技术路线与产业化评估报告（2025）',
    sourceOrganisation: '新型电池产业创新联盟',
    url: 'https://www.example.org/reports/solid-state-battery-assessment-2025',
    publishedDate: '2025-11-15',
  },
  solidInterfaceReview: {
    kind: 'journal_article',
    title: '全固态电池固-固界面问题研究进展',
    journal: '电化学储能材料',
    volume: '12',
    journalIssue: '6',
    pages: '1021-1035',
    doi: '10.5555/ecsm.2025.06.012',
    publishedDate: '2025-12-01',
  },
  rawMaterialsActionPlan: {
    kind: 'policy_document',
    title: 'Action Plan on Diversifying the Supply of Critical Raw Materials',
    sourceOrganisation: 'European Commission',
    url: 'https://policy.example.net/eu/critical-raw-materials-action-plan-2025',
    publishedDate: '2025-12-10',
  },
  storagePilotFunding: {
    kind: 'web_news',
    title: 'DOE Announces Funding for Next-Generation Energy Storage Materials Pilot Platforms',
    sourceOrganisation: 'U.S. Department of Energy',
    url: 'https://news.example.org/energy/2025/12/storage-materials-pilot-platforms',
    publishedDate: '2025-12-04',
    accessedDate: '2026-01-08',
  },
  recyclingProgramme: {
    kind: 'web_news',
    title: 'Four-year battery recycling innovation programme opens its first funding round',
    sourceOrganisation: 'Innovate UK',
    url: 'https://news.example.com/uk/2025/12/battery-recycling-innovation-programme',
    publishedDate: '2025-12-11',
    accessedDate: '2026-01-08',
  },
  sodiumCathodeRelease: {
    kind: 'web_news',
    title: 'Doped and coated cathode keeps sodium-ion cells running for 2,000 cycles',
    sourceOrganisation: 'Eastbridge University News',
    url: 'https://press.example.edu/news/2025/11/sodium-ion-cathode-stability',
    publishedDate: '2025-11-30',
    accessedDate: '2026-01-09',
  },
  tandemEncapsulationRelease: {
    kind: 'web_news',
    title: 'Low-temperature lamination helps perovskite-silicon tandem modules survive damp heat',
    sourceOrganisation: 'Solar Materials Daily',
    url: 'https://news.example.org/solar/2025/12/tandem-module-encapsulation',
    publishedDate: '2025-12-12',
    accessedDate: '2026-01-09',
  },
  catalystNews: {
    kind: 'web_news',
    title: '铁镍催化剂让电解水制氢更“省钱”',
    sourceOrganisation: '科技晨报',
    url: 'https://www.example.com/kjcb/2025-12/18/iron-nickel-catalyst.html',
    publishedDate: '2025-12-18',
    accessedDate: '2026-01-10',
  },
  storageIndustryReport: {
    kind: 'report',
    title: '全球储能产业发展年度报告（2025）',
    sourceOrganisation: '储能产业研究中心',
    url: 'https://www.example.org/reports/global-energy-storage-2025',
    publishedDate: '2026-01-06',
  },
  storageSafetyRules: {
    kind: 'policy_document',
    title: '新型储能电站安全管理实施细则',
    sourceOrganisation: '某省能源局',
    url: 'https://energy.example.net/policy/2025/12/storage-station-safety-rules',
    publishedDate: '2025-12-22',
  },
  aiMaterialsReview: {
    kind: 'journal_article',
    title: 'Machine learning and autonomous laboratories in materials discovery: a review',
    journal: 'Materials Data Frontiers',
    volume: '4',
    journalIssue: '1',
    pages: '1-28',
    doi: '10.5555/mdf.2026.0104',
    publishedDate: '2026-01-20',
  },
  aiMaterialsLandscape: {
    kind: 'report',
    title: 'Artificial Intelligence for Materials R&D: Landscape Report 2026',
    sourceOrganisation: 'Materials Innovation Observatory',
    url: 'https://www.example.org/reports/ai-for-materials-landscape-2026',
    publishedDate: '2026-02-02',
  },
  hydrogenRoadmap: {
    kind: 'policy_document',
    title: 'Roadmap for the Hydrogen Supply Chain toward 2040',
    sourceOrganisation: 'Ministry of Economy, Trade and Industry (Japan)',
    url: 'https://policy.example.net/jp/hydrogen-supply-chain-roadmap-2040',
    publishedDate: '2026-02-10',
  },
  batteryDataPlatform: {
    kind: 'web_news',
    title: 'Research organisations launch a joint battery materials data platform',
    sourceOrganisation: 'Research Policy Today',
    url: 'https://news.example.org/research/2026/02/battery-materials-data-platform',
    publishedDate: '2026-02-16',
    accessedDate: '2026-02-20',
  },
  lithiumAnodeRelease: {
    kind: 'web_news',
    title: 'Fluorinated additive builds a protective skin on lithium metal anodes',
    sourceOrganisation: 'Eastbridge University News',
    url: 'https://press.example.edu/news/2026/02/lithium-metal-anode-interphase',
    publishedDate: '2026-02-05',
    accessedDate: '2026-02-21',
  },
  separatorNews: {
    kind: 'web_news',
    title: '陶瓷复合隔膜完成中试验证',
    sourceOrganisation: '能源导报',
    url: 'https://www.example.net/nydb/2026/02/ceramic-composite-separator.html',
    publishedDate: '2026-02-24',
    accessedDate: '2026-02-26',
  },
} satisfies Record<string, ReferenceSeed>

export type ReferenceKey = keyof typeof referenceSeeds
export type DemoReferences = Record<ReferenceKey, Reference>

/** References are stored with normalised identifiers, so the lookup normalises too. */
function naturalKey(seed: ReferenceSeed): Where {
  const doi = seed.doi && normalizeDOI(seed.doi)
  if (doi) return { doi: { equals: doi } }
  const url = seed.url && normalizeURL(seed.url)
  if (url) return { url: { equals: url } }
  throw new Error(`Demo reference "${seed.title}" needs a DOI or a URL to be found again.`)
}

export function seedReferences({ payload, tally }: SeedContext): Promise<DemoReferences> {
  return seedEach(referenceSeeds, (data: ReferenceSeed) =>
    findOrCreate(
      tally,
      () => findOne(payload, 'references', naturalKey(data)),
      () => payload.create({ collection: 'references', data }),
    ),
  )
}
