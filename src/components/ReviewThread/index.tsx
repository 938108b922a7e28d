'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { ReviewComment, User } from '../../payload-types'
import { type Language, messagesFor } from '../../i18n'
import { adminDateTime } from '../../i18n/dateTime'
import { highlightPassages, selectedPassage, showPassage } from './passages'
import './index.scss'

function authorName(author: ReviewComment['author'], language: Language): string {
  return author && typeof author === 'object' ? (author as User).name : messagesFor(language).reviewThread.unknownAuthor
}

/**
 * The discussion of an item or issue under its workflow panel: every review comment, newest first,
 * with the passage it quotes; staff add remarks and mark them resolved. Comments that come with a
 * transition (a request for changes) appear here too; `version` reloads the thread after one.
 */
export function ReviewThread({ collection, id, language, version }: { collection: 'issues' | 'items'; id: number | string; language: Language; version: number }) {
  const { config } = useConfig()
  const m = messagesFor(language)
  const api = `${config.serverURL}${config.routes.api}/review-comments`
  const [comments, setComments] = useState<ReviewComment[]>([])
  const [draft, setDraft] = useState('')
  const [selected, setSelected] = useState('')
  const [quote, setQuote] = useState('')
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    const query = new URLSearchParams({
      depth: '1',
      limit: '100',
      'populate[users][name]': 'true',
      ...Object.fromEntries(['author', 'createdAt', 'quote', 'resolved', 'text'].map((field) => [`select[${field}]`, 'true'])),
      sort: '-createdAt',
      'where[target.relationTo][equals]': collection,
      'where[target.value][equals]': String(id),
    })
    const response = await fetch(`${api}?${query}`, { credentials: 'include' })
    if (response.ok) setComments(((await response.json()) as { docs: ReviewComment[] }).docs)
  }, [api, collection, id])

  useEffect(() => {
    void load()
  }, [load, version])

  // A passage selected in the body (editable or read-only) can be commented on.
  useEffect(() => {
    const follow = () => setSelected(selectedPassage())
    document.addEventListener('selectionchange', follow)
    return () => document.removeEventListener('selectionchange', follow)
  }, [])

  // The passages open comments are about stay marked in the text.
  useEffect(() => {
    highlightPassages(comments.filter((comment) => !comment.resolved && comment.quote).map((comment) => comment.quote as string))
  }, [comments])

  async function send(url: string, method: 'PATCH' | 'POST', body: object) {
    setBusy(true)
    const response = await fetch(url, {
      body: JSON.stringify(body),
      credentials: 'include',
      headers: { 'Accept-Language': language, 'Content-Type': 'application/json' },
      method,
    })
    setBusy(false)
    if (!response.ok) {
      const { errors } = (await response.json()) as { errors?: Array<{ message: string }> }
      toast.error(errors?.[0]?.message ?? response.statusText)
      return false
    }
    await load()
    return true
  }

  async function add() {
    if (await send(api, 'POST', { target: { relationTo: collection, value: id }, text: draft.trim(), ...(quote ? { quote } : {}) })) {
      setDraft('')
      setQuote('')
    }
  }

  return (
    <section className="review-thread">
      <h4>{m.reviewThread.heading}</h4>
      {comments.length === 0 ? (
        <p className="review-thread__none">{m.reviewThread.none}</p>
      ) : (
        <ol className="review-thread__comments">
          {comments.map((comment) => (
            <li className={`review-thread__comment${comment.resolved ? ' review-thread__comment--resolved' : ''}`} key={comment.id}>
              <div className="review-thread__meta">
                <strong>{authorName(comment.author, language)}</strong> <time dateTime={comment.createdAt}>{adminDateTime(comment.createdAt, language)}</time>
              </div>
              {comment.quote && (
                <blockquote onClick={() => showPassage(comment.quote as string)} title={m.reviewThread.showPassage}>
                  {comment.quote}
                </blockquote>
              )}
              <p className="review-thread__text">{comment.text}</p>
              {comment.resolved ? (
                <span className="review-thread__resolved">{m.reviewThread.resolved}</span>
              ) : (
                <button className="review-thread__resolve" disabled={busy} onClick={() => void send(`${api}/${comment.id}`, 'PATCH', { resolved: true })} type="button">
                  {m.reviewThread.resolve}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {quote ? (
        <div className="review-thread__quote">
          <blockquote>{quote}</blockquote>
          <button aria-label={m.reviewThread.dropPassage} onClick={() => setQuote('')} type="button">
            ×
          </button>
        </div>
      ) : (
        selected && (
          // Pressing the button must not clear the selection it is about.
          <button className="btn btn--style-secondary btn--size-small review-thread__on-passage" onClick={() => setQuote(selected)} onMouseDown={(event) => event.preventDefault()} type="button">
            {m.reviewThread.commentOnPassage({ length: selected.length })}
          </button>
        )
      )}
      <textarea aria-label={m.reviewThread.add} onChange={(event) => setDraft(event.target.value)} placeholder={m.reviewThread.placeholder} rows={2} value={draft} />
      <Button buttonStyle="secondary" disabled={busy || !draft.trim()} onClick={() => void add()} size="small">
        {m.reviewThread.add}
      </Button>
    </section>
  )
}
