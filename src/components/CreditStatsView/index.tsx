import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { isStaff } from '../../../access/roles'
import { creditStats, CreditQueryError, parseStatsQuery } from '../../credits/creditStats'
import { languageOf, messagesFor } from '../../i18n'
import { creditRoles } from '../../lib/credits'
import './index.scss'

/** 贡献统计: credited published items per contributor and period, by role, with a bar chart and CSV. */
export async function CreditStatsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const language = languageOf(req.i18n.language)
  const m = messagesFor(language)
  const query = Object.fromEntries(Object.entries(searchParams ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]))
  let content: React.ReactNode
  if (!isStaff(req.user)) {
    content = <p>{m.creditStats.staffOnly}</p>
  } else {
    try {
      const stats = await creditStats(req.payload, parseStatsQuery(query))
      const csvQuery = new URLSearchParams({ period: stats.period, from: stats.from, to: stats.to, ...(stats.series ? { series: stats.series } : {}), ...(stats.section ? { section: stats.section } : {}) })
      const widest = Math.max(1, ...stats.rows.map((row) => row.total))
      content = (
        <>
          <form className="credit-stats__filters" method="get">
            <label>
              {m.creditStats.period}
              <select defaultValue={stats.period} name="period">
                {Object.entries(m.creditStats.periods).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {m.creditStats.from}
              <input defaultValue={stats.from} name="from" type="date" />
            </label>
            <label>
              {m.creditStats.to}
              <input defaultValue={stats.to} name="to" type="date" />
            </label>
            <label>
              {m.creditStats.series}
              <input defaultValue={stats.series ?? ''} name="series" />
            </label>
            <label>
              {m.creditStats.section}
              <input defaultValue={stats.section ?? ''} name="section" />
            </label>
            <button className="btn btn--style-primary btn--size-small" type="submit">
              {m.creditStats.show}
            </button>
            <a className="credit-stats__csv" href={`/api/authors/credit-stats.csv?${csvQuery}`}>
              {m.creditStats.csv}
            </a>
          </form>
          <p className="credit-stats__range">
            {stats.from} – {stats.to}
          </p>
          {stats.rows.length === 0 ? (
            <p>{m.creditStats.none}</p>
          ) : (
            <table className="credit-stats__table">
              <thead>
                <tr>
                  <th>{m.creditStats.contributor}</th>
                  {creditRoles.map((role) => (
                    <th key={role}>{m.creditStats.roles[role]}</th>
                  ))}
                  <th>{m.creditStats.total}</th>
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
                  <td>{m.creditStats.total}</td>
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
        <h1>{m.creditStats.title}</h1>
        {content}
      </div>
    </DefaultTemplate>
  )
}
