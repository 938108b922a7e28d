'use client'

import { useConfig, useTranslation } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import { languageOf, messagesFor } from '../../i18n'
import { adminDateTime } from '../../i18n/dateTime'
import type { Notification, User } from '../../payload-types'
import './index.scss'

type Listed = { docs: Notification[]; totalDocs: number }

/** How often an open admin asks for news, besides on every page it opens. */
const REFRESH_MS = 60_000

/**
 * The bell in the admin's header: how many of the workflow's notifications (what its mails say)
 * the signed-in person has not read, and the newest ones, each opening its document and marked read.
 */
export function NotificationBell() {
  const { config } = useConfig()
  const language = languageOf(useTranslation().i18n.language)
  const m = messagesFor(language)
  const pathname = usePathname()
  const api = `${config.serverURL}${config.routes.api}/notifications`
  const [unread, setUnread] = useState<Listed>()
  const [open, setOpen] = useState(false)

  const load = useCallback(async () => {
    const query = new URLSearchParams({ depth: '1', limit: '10', 'populate[users][name]': 'true', sort: '-createdAt', 'where[read][equals]': 'false' })
    const response = await fetch(`${api}?${query}`, { credentials: 'include' })
    if (response.ok) setUnread((await response.json()) as Listed)
  }, [api])

  useEffect(() => {
    void load()
    const timer = setInterval(() => void load(), REFRESH_MS)
    return () => clearInterval(timer)
  }, [load, pathname])

  async function markRead(ids: Array<number | string>) {
    await Promise.all(ids.map((id) => fetch(`${api}/${id}`, { body: JSON.stringify({ read: true }), credentials: 'include', headers: { 'Content-Type': 'application/json' }, method: 'PATCH' })))
    await load()
  }

  if (!unread) return null
  const { mail } = m.workflow
  return (
    <div className="notification-bell">
      <button aria-expanded={open} aria-label={m.notifications.bell({ count: unread.totalDocs })} className="notification-bell__button" onClick={() => setOpen(!open)} type="button">
        <svg aria-hidden fill="none" height="20" viewBox="0 0 24 24" width="20">
          <path d="M6 17V11a6 6 0 1 1 12 0v6l2 2H4z M10 21h4" stroke="currentColor" strokeLinejoin="round" strokeWidth="1.8" />
        </svg>
        {unread.totalDocs > 0 && <span className="notification-bell__count">{unread.totalDocs}</span>}
      </button>
      {open && (
        <div className="notification-bell__panel" role="dialog" aria-label={m.notifications.heading}>
          <strong>{m.notifications.heading}</strong>
          {unread.docs.length === 0 ? (
            <p className="notification-bell__none">{m.notifications.none}</p>
          ) : (
            <>
              <ul>
                {unread.docs.map((notice) => (
                  <li key={notice.id}>
                    <a href={`/admin/collections/${notice.documentCollection}/${notice.documentID}`} onClick={() => void markRead([notice.id])}>
                      {mail.line({
                        actor: notice.actor && typeof notice.actor === 'object' ? (notice.actor as User).name : mail.system,
                        kind: mail.kinds[notice.documentCollection],
                        title: notice.documentTitle ?? '',
                        what: mail[notice.subject],
                      })}
                    </a>
                    <time dateTime={notice.createdAt}>{adminDateTime(notice.createdAt, language)}</time>
                  </li>
                ))}
              </ul>
              <button className="notification-bell__all-read" onClick={() => void markRead(unread.docs.map((notice) => notice.id))} type="button">
                {m.notifications.allRead}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  )
}
