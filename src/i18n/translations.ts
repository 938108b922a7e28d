/**
 * Our own words in Payload's translation tables, for labels Payload renders itself from a `t()` key
 * (document tab labels take a function of `t`, not a { zh, en } object).
 */
export const customTranslations = {
  en: { bulletin: { issueBuilder: 'Builder' } },
  zh: { bulletin: { issueBuilder: '编排' } },
}
