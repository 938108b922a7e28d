import { creditLine } from '../../src/lib/credits'
import { normalizeDOI, normalizeURL } from '../../src/lib/identifiers'
import { issueLabel } from '../../src/lib/issueLabel'
import { normalizeName, sortKey } from '../../src/lib/names'
import { slugify } from '../../src/lib/slugify'

describe('printed forms', () => {
  it('prints the issue number in the series’ style', () => {
    expect(issueLabel(2023, 1)).toBe('2023【01】')
    expect(issueLabel(2023, 12, 'bracket')).toBe('2023【12】')
    expect(issueLabel(2023, 3, 'ordinal')).toBe('2023年第3期')
  })

  it('prints the credit line in full-width parentheses, in order, without reviewers or repeats', () => {
    const person = { displayName: '黄 健' }
    expect(creditLine([{ contributor: person, role: 'compiled' }])).toBe('（黄 健）')
    expect(
      creditLine([
        { contributor: { displayName: '科技日报' }, role: 'source' },
        { contributor: { displayName: '中国日报' }, role: 'source' },
      ]),
    ).toBe('（科技日报、中国日报）')
    expect(
      creditLine([
        { contributor: person, role: 'written' },
        { contributor: { displayName: '冯瑞华' }, role: 'reviewed' },
        { contributor: person, role: 'translated' },
      ]),
    ).toBe('（黄 健）')
    expect(creditLine([])).toBe('')
  })
})

describe('names and slugs', () => {
  it('treats 黄 健, 黄　健 and 黄健 as one name and sorts it by pinyin', () => {
    expect(normalizeName('黄 健')).toBe('黄健')
    expect(normalizeName('黄　健')).toBe('黄健')
    expect(normalizeName('\ufeff黄\u200b健\u200d')).toBe('黄健')
    expect(sortKey('黄 健')).toBe('huang jian')
    expect(['赵敏', '艾青', '孙立'].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(['艾青', '孙立', '赵敏'])
  })

  it('writes Chinese slugs in pinyin and keeps them URL-safe', () => {
    expect(slugify('氧化二维材料的修复技术')).toBe('yang-hua-er-wei-cai-liao-de-xiu-fu-ji-shu')
    expect(slugify('MXene 材料：新进展！')).toBe('mxene-cai-liao-xin-jin-zhan')
    expect(slugify('Smart Coatings Turn Fabric into Protective Gear')).toBe('smart-coatings-turn-fabric-into-protective-gear')
  })
})

describe('source identifiers', () => {
  it('normalises URLs and refuses what is not a web address', () => {
    expect(normalizeURL(' HTTPS://News.Example.ORG:443/a/b?utm_source=x&id=3#top ')).toBe('https://news.example.org/a/b?id=3')
    expect(normalizeURL('javascript:alert(1)')).toBeNull()
    expect(normalizeURL('ftp://files.example.org/x')).toBeNull()
    expect(normalizeURL('www.example.org')).toBeNull()
    expect(normalizeURL('https://intranet/x')).toBeNull()
  })

  it('reduces every DOI form to the bare lower-case DOI', () => {
    for (const form of ['10.1038/S41586-023-1', 'doi:10.1038/s41586-023-1', 'https://doi.org/10.1038/s41586-023-1', 'http://dx.doi.org/10.1038%2Fs41586-023-1']) {
      expect(normalizeDOI(form)).toBe('10.1038/s41586-023-1')
    }
    expect(normalizeDOI('11.1038/x')).toBeNull()
    expect(normalizeDOI('10.12/too-short-prefix')).toBeNull()
  })
})
