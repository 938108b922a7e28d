'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { ReviewComment, User } from '../../payload-types'
import { type Language, messagesFor } from '../../i18n'
import { adminDateTime } from '../../i18n/dateTime'
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
    if (await send(api, 'POST', { target: { relationTo: collection, value: id }, text: draft.trim() })) setDraft('')
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
              {comment.quote && <blockquote>{comment.quote}</blockquote>}
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
      <textarea aria-label={m.reviewThread.add} onChange={(event) => setDraft(event.target.value)} placeholder={m.reviewThread.placeholder} rows={2} value={draft} />
      <Button buttonStyle="secondary" disabled={busy || !draft.trim()} onClick={() => void add()} size="small">
        {m.reviewThread.add}
      </Button>
    </section>
  )
}
