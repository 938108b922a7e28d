import React from 'react'

import type { Messages } from '../../i18n'
import type { Section, Series } from '../../payload-types'

export type FilterValues = { period: string; from: string; to: string; series: string; section: string }

/** The view's filters: the period, its days, and the series and section picked by name (sent as slugs). */
export function Filters({ csvQuery, m, sections, series, values }: { csvQuery?: string; m: Messages; sections: Section[]; series: Series[]; values: FilterValues }) {
  return (
    <form className="credit-stats__filters" method="get">
      <label>
        {m.creditStats.period}
        <select defaultValue={values.period} name="period">
          {Object.entries(m.creditStats.periods).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.creditStats.from}
        <input defaultValue={values.from} name="from" type="date" />
      </label>
      <label>
        {m.creditStats.to}
        <input defaultValue={values.to} name="to" type="date" />
      </label>
      <label>
        {m.creditStats.series}
        <select defaultValue={values.series} name="series">
          <option value="">{m.creditStats.all}</option>
          {series.map((one) => (
            <option key={one.id} value={one.slug ?? ''}>
              {one.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.creditStats.section}
        <select defaultValue={values.section} name="section">
          <option value="">{m.creditStats.all}</option>
          {sections.map((section) => (
            <option key={section.id} value={section.slug ?? ''}>
              {section.name}
            </option>
          ))}
        </select>
      </label>
      <button className="btn btn--style-primary btn--size-small" type="submit">
        {m.creditStats.show}
      </button>
      {csvQuery && (
        <a className="credit-stats__csv" href={`/api/authors/credit-stats.csv?${csvQuery}`}>
          {m.creditStats.csv}
        </a>
      )}
    </form>
  )
}
