import React from 'react'

import type { CreditStats } from '../../credits/creditStats'
import type { Messages } from '../../i18n'
import { creditRoles } from '../../lib/credits'

/** Credits per contributor and role, with a bar per row; a contributor's name opens their credited items. */
export function StatsTable({ contributorURL, m, stats }: { contributorURL: (id: number | string) => string; m: Messages; stats: CreditStats }) {
  const widest = Math.max(1, ...stats.rows.map((row) => row.total))
  return (
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
            <td>
              <a href={contributorURL(row.contributor.id)}>{row.contributor.name}</a>
            </td>
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
  )
}
