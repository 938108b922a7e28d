'use client'

import { Button, useConfig } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { ImportOutline } from '../../import/write/outline'
import type { ImportSummary } from '../../import/write/summary'
import { type Language, messagesFor } from '../../i18n'
import './index.scss'

/** The import page's words in `language`. */
function wordsIn(language: Language) {
  const words = messagesFor(language).issueImport
  return (key: keyof typeof words) => words[key]
}
type Props = { isAdmin: boolean; language: Language; series: { slug: string; title: string }[] }

function Warnings({ language, warnings }: { language: Language; warnings: ImportOutline['warnings'] }) {
  if (!warnings.length) return null
  return (
    <section className="issue-import__warnings">
      <h3>
        {messagesFor(language).issueImport.warnings} ({warnings.length})
      </h3>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index}>{warning.message[language]}</li>
        ))}
      </ul>
    </section>
  )
}

function Outline({ language, outline }: { language: Language; outline: ImportOutline }) {
  const t = wordsIn(language)
  const { masthead } = outline
  return (
    <section className="issue-import__outline" aria-label={t('structure')}>
      <h2>{t('structure')}</h2>
      <p className="issue-import__figures">
        {t('cover')}: {[masthead.seriesTitle, masthead.year && `${masthead.year}【${String(masthead.number ?? '?').padStart(2, '0')}】`, masthead.date].filter(Boolean).join(' · ')}
        {' — '}
        {outline.items} {t('items')} · {outline.footnotes} {t('footnotes')} · {outline.tables} {t('tables')}
      </p>
      <ol className="issue-import__sections">
        {outline.sections.map((section) => (
          <li key={section.name}>
            <strong>{section.name}</strong>
            {!section.recorded && <span className="issue-import__pill">{t('newSection')}</span>}
            {section.editorsNote && <span className="issue-import__pill">{t('editorsNote')}</span>}
            <ol>
              {section.items.map((item) => (
                <li key={item.title}>
                  <span className="issue-import__title">{item.title}</span>
                  <span className="issue-import__meta">
                    {item.credits.length ? `（${item.credits.join('、')}）` : t('noCredit')}
                    {item.footnotes > 0 && ` · ${item.footnotes} ${t('footnotes')}`}
                    {item.tables > 0 && ` · ${item.tables} ${t('tables')}`}
                    {item.publishedIn && ` · ${t('publishedIn')}`}
                  </span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
      {outline.credits.length > 0 && (
        <p>
          {t('credits')}: {outline.credits.map((credit) => `${credit.name} ×${credit.items}`).join(messagesFor(language).format.listSeparator)}
        </p>
      )}
      <Warnings language={language} warnings={outline.warnings} />
    </section>
  )
}

/**
 * The import form: the file and which issue it is, then the structure the server recognised
 * (nothing written yet), then 创建, which writes the draft and links to it.
 */
export function IssueImport({ isAdmin, language, series }: Props) {
  const { config } = useConfig()
  const t = wordsIn(language)
  const [outline, setOutline] = useState<ImportOutline>()
  const [summary, setSummary] = useState<ImportSummary>()
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)

  async function send(form: HTMLFormElement, confirm: boolean) {
    const fields = new FormData(form)
    const body = new FormData()
    const file = fields.get('file')
    if (file instanceof File && file.size > 0) body.append('file', file)
    const value = (name: string) => String(fields.get(name) ?? '')
    body.append(
      '_payload',
      JSON.stringify({
        series: value('series'),
        year: value('year'),
        number: value('number'),
        date: value('date'),
        published: fields.get('published') === 'on',
        replace: fields.get('replace') === 'on',
        confirm,
      }),
    )
    setBusy(true)
    setError(undefined)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/issues/import`, {
        body,
        credentials: 'include',
        headers: { 'Accept-Language': language },
        method: 'POST',
      })
      const answer = await response.json()
      if (!response.ok) {
        setError(answer.errors?.map((entry: { message: string; data?: { errors?: { message: string }[] } }) => [entry.message, ...(entry.data?.errors ?? []).map((field) => field.message)].join(' ')).join(' ') ?? response.statusText)
        return
      }
      if (confirm) setSummary(answer.summary as ImportSummary)
      else setOutline(answer.outline as ImportOutline)
    } finally {
      setBusy(false)
    }
  }

  const adminIssue = (path: string) => `${config.serverURL}${path}`

  return (
    <div className="issue-import gutter--left gutter--right">
      <h1>{t('title')}</h1>
      <p className="issue-import__hint">{t('hint')}</p>
      <form
        className="issue-import__form"
        onChange={() => {
          setOutline(undefined)
          setSummary(undefined)
        }}
        onSubmit={(event) => {
          event.preventDefault()
          void send(event.currentTarget, false)
        }}
      >
        <label>
          {t('file')}
          <input accept=".docx,.pdf,.txt" name="file" type="file" />
        </label>
        <label>
          {t('series')}
          <select defaultValue={series[0]?.slug} name="series">
            {series.map((entry) => (
              <option key={entry.slug} value={entry.slug}>
                {entry.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('year')}
          <input inputMode="numeric" name="year" required size={6} />
        </label>
        <label>
          {t('number')}
          <input inputMode="numeric" name="number" required size={4} />
        </label>
        <label>
          {t('date')}
          <input name="date" type="date" />
        </label>
        <label className="issue-import__check">
          <input name="replace" type="checkbox" /> {t('replace')}
        </label>
        {isAdmin && (
          <label className="issue-import__check">
            <input name="published" type="checkbox" /> {t('published')}
          </label>
        )}
        <div className="issue-import__actions">
          <Button buttonStyle="secondary" disabled={busy} type="submit">
            {busy ? t('working') : t('recognise')}
          </Button>
          {outline && !summary && (
            <Button
              disabled={busy}
              onClick={(event) => {
                const form = (event.currentTarget as HTMLElement).closest('form')
                if (form) void send(form, true)
              }}
              type="button"
            >
              {t('create')}
            </Button>
          )}
        </div>
      </form>
      {error && (
        <p className="issue-import__error" role="alert">
          {error}
        </p>
      )}
      {outline?.existing && !summary && (
        <p className="issue-import__existing">
          {t('existing')} <a href={adminIssue(outline.existing.adminPath)}>{outline.existing.title}</a>
        </p>
      )}
      {summary && (
        <section className="issue-import__summary" role="status">
          <p>
            {t('created')} <a href={adminIssue(summary.issue.adminPath)}>{t('open')}: {summary.issue.title}</a>
          </p>
          <p>
            {summary.items} {t('items')} · {summary.footnotes} {t('footnotes')} · {t('references')}: {summary.references.created} {t('newOnes')}, {summary.references.matched} {t('matched')} · {summary.tables} {t('tables')}
          </p>
          <Warnings language={language} warnings={summary.warnings} />
        </section>
      )}
      {outline && !summary && <Outline language={language} outline={outline} />}
    </div>
  )
}
