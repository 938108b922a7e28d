'use client'

import { Button, ReactSelect, useListQuery, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { languageOf, messagesFor, type Translated } from '../../i18n'
import { quickFilterValue, withQuickFilter } from './quickFilterWhere'
import './index.scss'

export type QuickFilterOption = { label: Translated | string; value: string }
export type QuickFilter = { label: Translated; name: string; options: QuickFilterOption[]; path: string }

/**
 * A row of selects above a list, each setting `path equals value` in the list's own `where`
 * (Payload's list query, kept in the URL), so the result is what the Filters panel would give.
 */
export function QuickFilterBar({ filters }: { filters: QuickFilter[] }) {
  const { i18n } = useTranslation()
  const { query, refineListData } = useListQuery()
  const language = languageOf(i18n.language)
  const m = messagesFor(language)
  const inLanguage = (label: Translated | string) => (typeof label === 'string' ? label : label[language])
  const active = filters.filter((filter) => quickFilterValue(query.where, filter.path) !== undefined)

  function choose(path: string, value: string | undefined) {
    void refineListData({ page: 1, where: withQuickFilter(query.where, path, value) })
  }

  function clearAll() {
    void refineListData({ page: 1, where: active.reduce((where, filter) => withQuickFilter(where, filter.path, undefined), query.where ?? {}) })
  }

  return (
    <section aria-label={m.quickFilters.heading} className="item-quick-filters">
      {filters.map((filter) => {
        const current = quickFilterValue(query.where, filter.path)
        const chosen = filter.options.find((option) => option.value === current)
        return (
          <div className={`item-quick-filters__filter item-quick-filters__filter--${filter.name}`} key={filter.name}>
            <span className="item-quick-filters__label">{inLanguage(filter.label)}</span>
            <ReactSelect
              isClearable
              // Remounted when the value changes, also from the Filters panel: react-select keeps its own
              // selection when given no value, which would otherwise outlive a filter removed there.
              key={current ?? ''}
              onChange={(option) => choose(filter.path, Array.isArray(option) || !option ? undefined : String(option.value))}
              options={filter.options.map((option) => ({ label: inLanguage(option.label), value: option.value }))}
              placeholder={m.quickFilters.any}
              value={chosen ? { label: inLanguage(chosen.label), value: chosen.value } : current ? { label: current, value: current } : undefined}
            />
          </div>
        )
      })}
      {active.length > 0 && (
        <Button buttonStyle="secondary" className="item-quick-filters__clear" onClick={clearAll} size="medium">
          {m.quickFilters.clear}
        </Button>
      )}
    </section>
  )
}
