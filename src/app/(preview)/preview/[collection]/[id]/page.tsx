import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'
import React from 'react'

import { isStaff } from '../../../../../../access/roles'
import { issueContents } from '../../../../../delivery/issueContents'
import { serverURL } from '../../../../../lib/env'
import { relationID } from '../../../../../lib/relationID'
import type { Issue, Item } from '../../../../../payload-types'
import { draftSource } from '../../../../../preview/draftSource'
import { RefreshOnSave } from '../../RefreshOnSave'

type Args = { params: Promise<{ collection: string; id: string }> }

/** An id that cannot name a document is refused before `disableErrors` applies: it is not found all the same. */
const orNotFound = <T,>(find: Promise<T>): Promise<T | null> => find.catch((error: { status?: number }) => (error?.status === 404 ? null : Promise.reject(error)))

/**
 * Live preview (admin → 实时预览) of an issue, or of an item within its issue, as downstream sites
 * will show it: the same renderer as the delivery API, fed with the newest drafts, so footnote
 * numbers run across the whole issue, and the citation lines a reader would copy. Staff only.
 */
export default async function PreviewPage({ params }: Args) {
  const { collection, id } = await params
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!isStaff(user)) return <p>请先登录后台。Sign in to the admin first.</p>
  if (collection !== 'issues' && collection !== 'items') return <p>Unknown preview.</p>

  const item =
    collection === 'items' ? ((await orNotFound(payload.findByID({ collection: 'items', depth: 0, disableErrors: true, draft: true, id }))) as Item | null) : null
  const issueID = collection === 'issues' ? id : relationID(item?.issue as never)
  const issue = issueID
    ? ((await orNotFound(payload.findByID({ collection: 'issues', depth: 1, disableErrors: true, draft: true, id: issueID }))) as Issue | null)
    : null
  if (!issue) return <p>Not found.</p>
  const contents = await issueContents(payload, issue, { full: true, source: draftSource })
  const footnotes = 'footnotes' in contents ? contents.footnotes : []
  const focused = item ? String(item.id) : undefined

  return (
    <main>
      <RefreshOnSave serverURL={serverURL()} />
      <p className="preview-banner">预览（含未发布内容）· Preview, including unpublished drafts</p>
      <header className="masthead">
        <div>{contents.seriesInfo?.titleEn}</div>
        <h1>
          {contents.seriesInfo?.title} {contents.label}
        </h1>
        <div>
          {contents.seriesInfo?.publisher.institute} {contents.seriesInfo?.publisher.office}
        </div>
      </header>
      {contents.sections.map((section) => (
        <section key={section.slug}>
          <h2 className="section">◆ {section.name}</h2>
          {section.editorsNote && <div className="editors-note" dangerouslySetInnerHTML={{ __html: section.editorsNote }} />}
          {section.items.map((entry) => (
            <article className={String(entry.id) === focused ? 'item focused' : 'item'} id={`item-${entry.id}`} key={entry.id}>
              <h3>{entry.title}</h3>
              <div dangerouslySetInnerHTML={{ __html: 'html' in entry ? entry.html : '' }} />
              <p className="credit-line">{entry.creditLine}</p>
              {'citation' in entry && <p className="citation">{`引用本文：${entry.citation.gbt7714}`}</p>}
            </article>
          ))}
        </section>
      ))}
      <ol className="footnotes">
        {footnotes.map((note) => (
          <li id={`fn-${note.number}`} key={note.number} value={note.number}>
            {note.source ? `${note.source}：` : ''}
            {note.title} {note.url && <a href={note.url}>{note.url}</a>}
          </li>
        ))}
      </ol>
      <footer className="issue-citation">
        <p>{`引用本期：${contents.citation.gbt7714}`}</p>
      </footer>
    </main>
  )
}
