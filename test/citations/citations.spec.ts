/**
 * The citation of an item and of an issue, from the CSL-JSON record to the GB/T 7714-2015 line and
 * the reference managers' files: exact strings for person, organisation and missing credits, the
 * fourth name turned into 等, Latin names, an English title; RIS, BibTeX and CSL-JSON read back
 * by citation-js with their Chinese intact.
 */
import { Cite } from '@citation-js/core'

import { citationFile, issueCitation, issueRecord, itemCitation, itemRecord, online, PRINT } from '../../src/citations'
import type { Author, Issue, Item, Series } from '../../src/payload-types'

const SERVER = 'https://bulletin.example.org'
process.env.PAYLOAD_PUBLIC_SERVER_URL = SERVER

const series = {
  id: 1,
  title: '能源材料动态',
  titleEn: 'ENERGY MATERIALS BULLETIN',
  publisherInstitute: '滨海能源材料研究所',
  publisherOffice: '科研与规划处',
} as Series
// 02:00 in Beijing on 22 January is still the 21st in UTC: the bulletin is dated in China.
const issue = { id: 7, series, year: 2026, number: 1, publicationDate: '2026-01-21T18:00:00.000Z' } as Issue
/** 10:00 on 20 March in Beijing. */
const citedOn = new Date('2026-03-20T02:00:00.000Z')

let nextID = 1
const contributor = (displayName: string, kind: Author['kind'] = 'person') => ({ id: nextID++, displayName, kind }) as Author
const compiled = (...authors: Author[]) => authors.map((author) => ({ contributor: author, role: 'compiled' as const }))
const item = (fields: Partial<Item>) => ({ id: 42, title: '固态电池界面稳定性研究取得进展', credits: [], ...fields }) as Item

const huang = contributor('黄 健')
const feng = contributor('冯瑞华')
const xu = contributor('许　宁') // an ideographic space, as pasted from Word
const chen = contributor('陈思远')

describe('the GB/T 7714-2015 line of an item', () => {
  it('names Chinese contributors in full without the credit line’s padding, online with 引用日期 and URL', () => {
    const cited = item({ credits: compiled(huang, feng) })
    expect(itemCitation(cited, issue, online(citedOn))).toBe(
      `黄健, 冯瑞华. 固态电池界面稳定性研究取得进展[J/OL]. 能源材料动态, 2026(1)[2026-03-20]. ${SERVER}/delivery/v1/items/42.`,
    )
    expect(itemCitation(cited, issue, PRINT)).toBe('黄健, 冯瑞华. 固态电池界面稳定性研究取得进展[J]. 能源材料动态, 2026(1).')
  })

  it('names three contributors, then 等', () => {
    expect(itemCitation(item({ credits: compiled(huang, feng, xu) }), issue, PRINT)).toBe(
      '黄健, 冯瑞华, 许宁. 固态电池界面稳定性研究取得进展[J]. 能源材料动态, 2026(1).',
    )
    expect(itemCitation(item({ credits: compiled(huang, feng, xu, chen) }), issue, PRINT)).toBe(
      '黄健, 冯瑞华, 许宁, 等. 固态电池界面稳定性研究取得进展[J]. 能源材料动态, 2026(1).',
    )
  })

  it('names the source media of an item taken over, and leaves out reviewers and repeated names', () => {
    const credits = [
      { contributor: contributor('科技日报', 'organisation'), role: 'source' as const },
      { contributor: contributor('中国日报', 'organisation'), role: 'source' as const },
      { contributor: chen, role: 'reviewed' as const },
      { contributor: contributor('科技日报', 'organisation'), role: 'source' as const },
    ]
    expect(itemCitation(item({ credits }), issue, PRINT)).toBe('科技日报, 中国日报. 固态电池界面稳定性研究取得进展[J]. 能源材料动态, 2026(1).')
  })

  it('starts with the title when nobody is credited', () => {
    expect(itemCitation(item({ credits: [] }), issue, online(citedOn))).toBe(
      `固态电池界面稳定性研究取得进展[J/OL]. 能源材料动态, 2026(1)[2026-03-20]. ${SERVER}/delivery/v1/items/42.`,
    )
  })

  it('prints Latin names family name first in capitals with initials, and an English title as written', () => {
    const cited = item({ title: 'Perovskite Tandem Cells Pass a 1,000-Hour Damp-Heat Test', credits: compiled(contributor('John Paul Smith'), huang) })
    expect(itemCitation(cited, issue, PRINT)).toBe('SMITH J P, 黄健. Perovskite Tandem Cells Pass a 1,000-Hour Damp-Heat Test[J]. 能源材料动态, 2026(1).')
  })

  it('takes the year of the issue, not of a late printing', () => {
    const late = { ...issue, year: 2025, number: 6, publicationDate: '2026-01-05T02:00:00.000Z' } as Issue
    expect(itemCitation(item({ credits: compiled(huang) }), late, PRINT)).toBe('黄健. 固态电池界面稳定性研究取得进展[J]. 能源材料动态, 2025(6).')
    expect(itemRecord(item({}), late).issued).toEqual({ 'date-parts': [[2025]] })
  })
})

describe('the GB/T 7714-2015 line of an issue', () => {
  it('cites the serial’s number with the institute and office as publisher', () => {
    expect(issueCitation(issue)).toBe('能源材料动态[J]. 2026(1). 滨海能源材料研究所科研与规划处, 2026.')
    expect(issueCitation(issue, online(citedOn))).toBe(
      `能源材料动态[J/OL]. 2026(1). 滨海能源材料研究所科研与规划处, 2026[2026-03-20]. ${SERVER}/delivery/v1/issues/7.`,
    )
  })

  it('names the institute alone when the series has no office, and a Latin name apart from a Chinese one', () => {
    expect(issueCitation({ ...issue, series: { ...series, publisherOffice: null } })).toBe('能源材料动态[J]. 2026(1). 滨海能源材料研究所, 2026.')
    const abroad = { ...series, publisherInstitute: 'Coastal Institute of Energy Materials', publisherOffice: '科研与规划处' }
    expect(issueCitation({ ...issue, series: abroad })).toBe('能源材料动态[J]. 2026(1). Coastal Institute of Energy Materials 科研与规划处, 2026.')
  })

  it('refuses an issue loaded without its series rather than citing an untitled serial', () => {
    expect(() => issueCitation({ ...issue, series: 1 })).toThrow(/without its series/)
  })
})

describe('the CSL-JSON record', () => {
  it('holds what every format is made from', () => {
    const record = itemRecord(item({ credits: compiled(huang, contributor('John Smith')), keywords: ['固态电池', '界面'], summary: '综述界面副反应。' }), issue)
    expect(record).toEqual({
      id: 'item-42',
      'citation-key': 'huangjian2026gutai',
      type: 'article-journal',
      title: '固态电池界面稳定性研究取得进展',
      author: [{ literal: '黄健' }, { family: 'Smith', given: 'John' }],
      'container-title': '能源材料动态',
      issued: { 'date-parts': [[2026, 1, 22]] },
      issue: '1',
      publisher: '滨海能源材料研究所科研与规划处',
      URL: `${SERVER}/delivery/v1/items/42`,
      language: 'zh',
      abstract: '综述界面副反应。',
      keyword: '固态电池, 界面',
    })
    expect(issueRecord(issue)).toMatchObject({ id: 'issue-7', type: 'periodical', title: '能源材料动态', 'citation-key': 'nengyuan2026' })
  })
})

describe('reference manager files', () => {
  const record = itemRecord(item({ credits: compiled(huang, feng, contributor('科技日报', 'organisation')) }), issue)

  it('RIS: a journal article with every field in UTF-8, read back by citation-js', async () => {
    const ris = await citationFile(record, 'ris')
    expect(ris.split(/\r?\n/)).toEqual(
      expect.arrayContaining([
        'TY  - JOUR',
        'AU  - 黄健',
        'AU  - 冯瑞华',
        'AU  - 科技日报',
        'TI  - 固态电池界面稳定性研究取得进展',
        'T2  - 能源材料动态',
        'PY  - 2026',
        'IS  - 1',
        'LA  - zh',
        `UR  - ${SERVER}/delivery/v1/items/42`,
      ]),
    )
    const [back] = new Cite(ris).data
    expect(back).toMatchObject({ type: 'article-journal', title: record.title, 'container-title': '能源材料动态', issue: '1', URL: record.URL })
    expect((back.author as Array<{ family?: string; literal?: string }>).map((name) => name.literal ?? name.family)).toEqual(['黄健', '冯瑞华', '科技日报'])
  })

  it('BibTeX: an ASCII key, Chinese names kept whole in braces, read back by citation-js', async () => {
    const bibtex = await citationFile(record, 'bibtex')
    expect(bibtex).toMatch(/^@article\{huangjian2026gutai,$/m)
    expect(bibtex).toContain('author = {{黄健} and {冯瑞华} and {科技日报}},')
    expect(bibtex).toContain('title = {固态电池界面稳定性研究取得进展},')
    expect(bibtex).toContain('journal = {能源材料动态},')
    expect(bibtex).toContain('publisher = {滨海能源材料研究所科研与规划处},')
    const [back] = new Cite(bibtex).data
    expect(back).toMatchObject({ type: 'article-journal', 'citation-key': 'huangjian2026gutai', title: record.title, issue: '1', URL: record.URL })
    expect((back.author as Array<{ family: string }>).map((name) => name.family)).toEqual(['黄健', '冯瑞华', '科技日报'])
    expect(back.issued).toEqual({ 'date-parts': [[2026, 1, 22]] })
  })

  it('CSL-JSON: the record itself, in a list, as citation-js reads it', async () => {
    const json = await citationFile(record, 'csl-json')
    expect(JSON.parse(json)).toEqual([record])
    expect(new Cite(JSON.parse(json)).data[0]).toMatchObject({ title: record.title, author: record.author })
  })
})
