import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isStaff } from '../../../access/roles'
import { creditStats, CreditQueryError, parseStatsQuery } from '../../credits/creditStats'
import { creditRoles } from '../../lib/credits'
import './index.scss'

const roleLabels = {
  compiled: { en: 'Compiled', zh: '编译' },
  written: { en: 'Written', zh: '撰写' },
  translated: { en: 'Translated', zh: '翻译' },
  reviewed: { en: 'Reviewed', zh: '审校' },
  source: { en: 'Source media', zh: '来源媒体' },
} as const

const texts = {
  title: { en: 'Contributor credits', zh: '贡献统计' },
  contributor: { en: 'Contributor', zh: '署名人' },
  total: { en: 'Total', zh: '合计' },
  period: { en: 'Period', zh: '统计周期' },
  from: { en: 'From', zh: '起始日期' },
  to: { en: 'To', zh: '截止日期' },
  series: { en: 'Series (slug)', zh: '刊物系列（别名）' },
  section: { en: 'Section (slug)', zh: '栏目（别名）' },
  show: { en: 'Show', zh: '统计' },
  csv: { en: 'Download CSV', zh: '下载 CSV' },
  none: { en: 'No credited published items in this period.', zh: '该时间段内没有已发布的署名稿件。' },
  staffOnly: { en: 'For staff only.', zh: '仅限编辑部成员。' },
}
const periodLabels = {
  month: { en: 'Month', zh: '月' },
  quarter: { en: 'Quarter', zh: '季度' },
  year: { en: 'Year', zh: '年' },
  range: { en: 'Custom range', zh: '自定义' },
}

/** 贡献统计: credited published items per contributor and period, by role, with a bar chart and CSV. */
export async function CreditStatsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const language = req.i18n.language === 'en' ? 'en' : 'zh'
  const query = Object.fromEntries(Object.entries(searchParams ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]))
  let content: React.ReactNode
  if (!isStaff(req.user)) {
    content = <p>{texts.staffOnly[language]}</p>
  } else {
    try {
      const stats = await creditStats(req.payload, parseStatsQuery(query))
      const csvQuery = new URLSearchParams({ period: stats.period, from: stats.from, to: stats.to, ...(stats.series ? { series: stats.series } : {}), ...(stats.section ? { section: stats.section } : {}) })
      const widest = Math.max(1, ...stats.rows.map((row) => row.total))
      content = (
        <>
          <form className="credit-stats__filters" method="get">
            <label>
              {texts.period[language]}
              <select defaultValue={stats.period} name="period">
                {Object.entries(periodLabels).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label[language]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {texts.from[language]}
              <input defaultValue={stats.from} name="from" type="date" />
            </label>
            <label>
              {texts.to[language]}
              <input defaultValue={stats.to} name="to" type="date" />
            </label>
            <label>
              {texts.series[language]}
              <input defaultValue={stats.series ?? ''} name="series" />
            </label>
            <label>
              {texts.section[language]}
              <input defaultValue={stats.section ?? ''} name="section" />
            </label>
            <button className="btn btn--style-primary btn--size-small" type="submit">
              {texts.show[language]}
            </button>
            <a className="credit-stats__csv" href={`/api/authors/credit-stats.csv?${csvQuery}`}>
              {texts.csv[language]}
            </a>
          </form>
          <p className="credit-stats__range">
            {stats.from} – {stats.to}
          </p>
          {stats.rows.length === 0 ? (
            <p>{texts.none[language]}</p>
          ) : (
            <table className="credit-stats__table">
              <thead>
                <tr>
                  <th>{texts.contributor[language]}</th>
                  {creditRoles.map((role) => (
                    <th key={role}>{roleLabels[role][language]}</th>
                  ))}
                  <th>{texts.total[language]}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {stats.rows.map((row) => (
                  <tr key={row.contributor.id}>
                    <td>{row.contributor.name}</td>
                    {creditRoles.map((role) => (
                      <td key={role}>{row.byRole[role] || ''}</td>
                    ))}
                    <td>
                      <strong>{row.total}</strong>
                    </td>
                    <td className="credit-stats__bar-cell">
                      <span className="credit-stats__bar" style={{ width: `${(row.total / widest) * 100}%` }} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <td>{texts.total[language]}</td>
                  {creditRoles.map((role) => (
                    <td key={role}>{stats.totals.byRole[role]}</td>
                  ))}
                  <td>
                    <strong>{stats.totals.total}</strong>
                  </td>
                  <td />
                </tr>
              </tfoot>
            </table>
          )}
        </>
      )
    } catch (error) {
      if (!(error instanceof CreditQueryError)) throw error
      content = <p className="credit-stats__error">{error.text[language]}</p>
    }
  }
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="credit-stats gutter--left gutter--right">
        <h1>{texts.title[language]}</h1>
        {content}
      </div>
    </DefaultTemplate>
  )
}
