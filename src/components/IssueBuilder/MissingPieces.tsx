import React from 'react'

import type { MissingPieces as Missing } from '../../builder/outline'
import { type Language, messagesFor } from '../../i18n'
type Entry = { href: string; key: string; label: string; note?: string }

function Group({ entries, heading, kind }: { entries: Entry[]; heading: string; kind: string }) {
  if (entries.length === 0) return null
  return (
    <section className="issue-builder__missing-group" data-missing={kind}>
      <h4>
        {heading} <span className="issue-builder__count">{entries.length}</span>
      </h4>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key}>
            <a href={entry.href}>{entry.label}</a>
            {entry.note && <span className="issue-builder__note">{entry.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** What still keeps the issue from going out, each entry linking to the document that needs work. */
export function MissingPieces({ adminRoute, language, missing }: { adminRoute: string; language: Language; missing: Missing }) {
  const m = messagesFor(language)
  const usedIn = (titles: string[]) => `${m.issueBuilder.usedIn} ${titles.map((title) => `“${title}”`).join(m.format.listSeparator)}`
  const groups = [
    {
      kind: 'itemsNotApproved',
      entries: missing.itemsNotApproved.map((item) => ({
        href: `${adminRoute}/collections/items/${item.id}`,
        key: String(item.id),
        label: item.title,
        note: m.workflow.states[item.workflowState],
      })),
    },
    {
      kind: 'emptySections',
      entries: missing.emptySections.map((section) => ({ href: `${adminRoute}/collections/sections/${section.id}`, key: String(section.id), label: section.name })),
    },
    {
      kind: 'figuresWithoutCaption',
      entries: missing.figuresWithoutCaption.map((figure) => ({
        href: `${adminRoute}/collections/media/${figure.id}`,
        key: String(figure.id),
        label: figure.filename,
        note: usedIn(figure.items),
      })),
    },
    {
      kind: 'referencesWithoutURL',
      entries: missing.referencesWithoutURL.map((reference) => ({
        href: `${adminRoute}/collections/references/${reference.id}`,
        key: String(reference.id),
        label: reference.title,
        note: usedIn(reference.items),
      })),
    },
  ] as const
  const complete = groups.every((group) => group.entries.length === 0)
  return (
    <aside className="issue-builder__missing">
      <h3>{m.issueBuilder.missing}</h3>
      {complete ? (
        <p className="issue-builder__complete">{m.issueBuilder.complete}</p>
      ) : (
        groups.map((group) => <Group entries={[...group.entries]} heading={m.issueBuilder[group.kind]} key={group.kind} kind={group.kind} />)
      )}
    </aside>
  )
}
