'use client'

import { Button, toast, useConfig } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { ReviewComment, User } from '../../payload-types'
import { type Language, messagesFor } from '../../i18n'
import { adminDateTime } from '../../i18n/dateTime'
import { relationID } from '../../lib/relationID'
import { MentionBox } from './MentionBox'
import { highlightPassages, selectedPassage, showPassage } from './passages'
import './index.scss'

function authorName(author: ReviewComment['author'], language: Language): string {
  return author && typeof author === 'object' ? (author as User).name : messagesFor(language).reviewThread.unknownAuthor
}

/** The comment's words with the colleagues it mentions marked. */
function withMentions(comment: ReviewComment): React.ReactNode[] {
  const names = (comment.mentions ?? []).flatMap((person) => (typeof person === 'object' ? [`@${person.name}`] : [])).sort((a, b) => b.length - a.length)
  if (names.length === 0) return [comment.text]
  const pattern = new RegExp(`(${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'giu')
  const isMention = (part: string) => names.some((name) => name.toLowerCase() === part.toLowerCase())
  return comment.text.split(pattern).map((part, index) => (isMention(part) ? <mark className="review-thread__mention" key={index}>{part}</mark> : part))
}

/**
 * The discussion of an item or issue under its workflow panel, in threads: each comment, newest
 * first, with the passage it quotes and its replies in the order written; staff reply, mention
 * colleagues with `@`, and mark a thread resolved. Comments that come with a transition (a request
 * for changes) appear here too; `version` reloads the thread after one.
 */
export function ReviewThread({ collection, id, language, version }: { collection: 'issues' | 'items'; id: number | string; language: Language; version: number }) {
  const { config } = useConfig()
  const m = messagesFor(language)
  const api = `${config.serverURL}${config.routes.api}/review-comments`
  const [comments, setComments] = useState<ReviewComment[]>([])
  const [draft, setDraft] = useState('')
  const [selected, setSelected] = useState('')
  const [quote, setQuote] = useState('')
  const [replying, setReplying] = useState<{ text: string; to: number }>()
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    const query = new URLSearchParams({
      depth: '1',
      limit: '300',
      'populate[users][name]': 'true',
      ...Object.fromEntries(['author', 'createdAt', 'mentions', 'quote', 'replyTo', 'resolved', 'text'].map((field) => [`select[${field}]`, 'true'])),
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

  const threads = comments.filter((comment) => !comment.replyTo)
  // The comments come newest first; replies read in the order written.
  const replies = new Map<ReviewComment['id'], ReviewComment[]>()
  for (const comment of [...comments].reverse()) {
    const answered = relationID(comment.replyTo as never) as ReviewComment['id'] | undefined
    if (answered !== undefined) replies.set(answered, [...(replies.get(answered) ?? []), comment])
  }

  // The passages open threads are about stay marked in the text.
  useEffect(() => {
    highlightPassages(comments.filter((comment) => !comment.replyTo && !comment.resolved && comment.quote).map((comment) => comment.quote as string))
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

  async function reply() {
    if (replying && (await send(api, 'POST', { replyTo: replying.to, text: replying.text.trim() }))) setReplying(undefined)
  }

  const entry = (comment: ReviewComment) => (
    <>
      <div className="review-thread__meta">
        <strong>{authorName(comment.author, language)}</strong> <time dateTime={comment.createdAt}>{adminDateTime(comment.createdAt, language)}</time>
      </div>
      {comment.quote && (
        <blockquote onClick={() => showPassage(comment.quote as string)} title={m.reviewThread.showPassage}>
          {comment.quote}
        </blockquote>
      )}
      <p className="review-thread__text">{withMentions(comment)}</p>
    </>
  )

  return (
    <section className="review-thread">
      <h4>{m.reviewThread.heading}</h4>
      {threads.length === 0 ? (
        <p className="review-thread__none">{m.reviewThread.none}</p>
      ) : (
        <ol className="review-thread__comments">
          {threads.map((thread) => (
            <li className={`review-thread__comment${thread.resolved ? ' review-thread__comment--resolved' : ''}`} key={thread.id}>
              {entry(thread)}
              {replies.has(thread.id) && (
                <ol className="review-thread__replies">
                  {replies.get(thread.id)!.map((answer) => (
                    <li className="review-thread__reply" key={answer.id}>
                      {entry(answer)}
                    </li>
                  ))}
                </ol>
              )}
              {replying?.to === thread.id ? (
                <div className="review-thread__reply-box">
                  <MentionBox
                    label={m.reviewThread.replyTo({ name: authorName(thread.author, language) })}
                    onChange={(text) => setReplying({ text, to: thread.id })}
                    placeholder={m.reviewThread.replyPlaceholder}
                    suggestionsLabel={m.reviewThread.mentionList}
                    value={replying.text}
                  />
                  <Button buttonStyle="secondary" disabled={busy || !replying.text.trim()} onClick={() => void reply()} size="small">
                    {m.reviewThread.sendReply}
                  </Button>
                  <button className="review-thread__link" onClick={() => setReplying(undefined)} type="button">
                    {m.reviewThread.cancelReply}
                  </button>
                </div>
              ) : (
                <div className="review-thread__actions">
                  <button className="review-thread__link" onClick={() => setReplying({ text: '', to: thread.id })} type="button">
                    {m.reviewThread.reply}
                  </button>
                  {thread.resolved ? (
                    <span className="review-thread__resolved">{m.reviewThread.resolved}</span>
                  ) : (
                    <button className="review-thread__link" disabled={busy} onClick={() => void send(`${api}/${thread.id}`, 'PATCH', { resolved: true })} type="button">
                      {m.reviewThread.resolve}
                    </button>
                  )}
                </div>
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
      <MentionBox label={m.reviewThread.add} onChange={setDraft} placeholder={m.reviewThread.placeholder} suggestionsLabel={m.reviewThread.mentionList} value={draft} />
      <Button buttonStyle="secondary" disabled={busy || !draft.trim()} onClick={() => void add()} size="small">
        {m.reviewThread.add}
      </Button>
    </section>
  )
}
