import { DefaultTemplate } from '@payloadcms/next/templates'
import { SetStepNav } from '@payloadcms/ui'
import type { AdminViewServerProps, Payload } from 'payload'
import React from 'react'

import { isStaff } from '../../../access/roles'
import { type CreditedItem, creditedItems, type CreditStats, creditStats, CreditQueryError, parseStatsQuery } from '../../credits/creditStats'
import { type Language, languageOf, messagesFor } from '../../i18n'
import { ContributorItems } from './ContributorItems'
import { type FilterValues, Filters } from './Filters'
import { StatsTable } from './StatsTable'
import './index.scss'

type Query = Record<string, string | undefined>

async function pickable(payload: Payload) {
  const [series, sections] = await Promise.all([
    payload.find({ collection: 'series', depth: 0, pagination: false, sort: 'title' }),
    payload.find({ collection: 'sections', depth: 0, pagination: false, sort: 'defaultPosition' }),
  ])
  return { series: series.docs, sections: sections.docs }
}

async function statsContent(payload: Payload, query: Query, language: Language) {
  const m = messagesFor(language)
  const { series, sections } = await pickable(payload)
  const asTyped: FilterValues = { period: query.period ?? 'year', from: query.from ?? '', to: query.to ?? '', series: query.series ?? '', section: query.section ?? '' }
  let stats: CreditStats
  try {
    stats = await creditStats(payload, parseStatsQuery(query))
  } catch (error) {
    if (!(error instanceof CreditQueryError)) throw error
    // The form stays as the person filled it, with what to change.
    return (
      <>
        <Filters m={m} sections={sections} series={series} values={asTyped} />
        <p className="credit-stats__error" role="alert">
          {error.text[language]}
        </p>
      </>
    )
  }
  const filters = { period: stats.period, from: stats.from, to: stats.to, ...(stats.series ? { series: stats.series } : {}), ...(stats.section ? { section: stats.section } : {}) }
  const contributorURL = (id: number | string) => `?${new URLSearchParams({ ...filters, contributor: String(id) })}#credited-items`
  const chosen = stats.rows.find((row) => String(row.contributor.id) === query.contributor)
  const items: CreditedItem[] = chosen ? await creditedItems(payload, chosen.contributor.id, parseStatsQuery(query)) : []
  return (
    <>
      <Filters csvQuery={String(new URLSearchParams(filters))} m={m} sections={sections} series={series} values={{ ...asTyped, ...filters, from: stats.from, to: stats.to }} />
      <p className="credit-stats__range">
        {stats.from} – {stats.to}
      </p>
      {stats.rows.length === 0 ? <p>{m.creditStats.none}</p> : <StatsTable contributorURL={contributorURL} m={m} stats={stats} />}
      <div id="credited-items">{chosen && <ContributorItems items={items} m={m} name={chosen.contributor.name} />}</div>
    </>
  )
}

/** 贡献统计: credited published items per contributor and period, by role, with a bar chart, CSV and each contributor's items. */
export async function CreditStatsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const language = languageOf(req.i18n.language)
  const m = messagesFor(language)
  const query: Query = Object.fromEntries(Object.entries(searchParams ?? {}).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]))
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
      <SetStepNav nav={[{ label: m.creditStats.title }]} />
      <div className="credit-stats gutter--left gutter--right">
        <h1>{m.creditStats.title}</h1>
        {isStaff(req.user) ? await statsContent(req.payload, query, language) : <p>{m.creditStats.staffOnly}</p>}
      </div>
    </DefaultTemplate>
  )
}
