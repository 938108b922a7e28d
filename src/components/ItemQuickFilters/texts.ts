/** Every word the quick-filter bar shows, in both admin languages (test/lib/bilingual.spec.ts checks them). */
export const quickFilterTexts = {
  heading: { en: 'Quick filters', zh: '快速筛选' },
  state: { en: 'State', zh: '状态' },
  issue: { en: 'Issue', zh: '期刊' },
  section: { en: 'Section', zh: '栏目' },
  contributor: { en: 'Contributor', zh: '署名人' },
  any: { en: 'All', zh: '全部' },
  clear: { en: 'Clear quick filters', zh: '清除筛选' },
}
