'use client'

import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useId, useRef, useState } from 'react'

import type { User } from '../../payload-types'

/** The `@name` being typed just before the caret, if any: Chinese puts no space before it, an e-mail address has a letter. */
function mentionBeforeCaret(text: string, caret: number): { query: string; start: number } | undefined {
  const match = /(?:^|[^A-Za-z0-9._%+-])@([^\s@，。、；：]{0,30})$/u.exec(text.slice(0, caret))
  return match ? { query: match[1] ?? '', start: caret - (match[1] ?? '').length - 1 } : undefined
}

type Props = { label: string; onChange: (text: string) => void; placeholder: string; suggestionsLabel: string; value: string }

/**
 * A text area in which typing `@` offers the colleagues whose names match what follows (arrow
 * keys and Enter, or a click, to pick one), as chat and review tools do. The server reads the
 * mentions from the words, so a name typed in full works as well.
 */
export function MentionBox({ label, onChange, placeholder, suggestionsLabel, value }: Props) {
  const { config } = useConfig()
  const listID = useId()
  const area = useRef<HTMLTextAreaElement>(null)
  const [mention, setMention] = useState<{ query: string; start: number }>()
  const [people, setPeople] = useState<Array<Pick<User, 'id' | 'name'>>>([])
  const [active, setActive] = useState(0)

  useEffect(() => {
    if (!mention) return setPeople([])
    const controller = new AbortController()
    const query = new URLSearchParams({ depth: '0', limit: '8', 'select[name]': 'true', sort: 'name' })
    if (mention.query) query.set('where[name][like]', mention.query)
    fetch(`${config.serverURL}${config.routes.api}/users?${query}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => (response.ok ? setPeople(((await response.json()) as { docs: User[] }).docs) : setPeople([])))
      .catch(() => undefined)
    setActive(0)
    return () => controller.abort()
  }, [config, mention])

  const follow = (text: string, caret: number) => {
    onChange(text)
    setMention(mentionBeforeCaret(text, caret))
  }

  const pick = (person: Pick<User, 'id' | 'name'>) => {
    if (!mention) return
    const caret = area.current?.selectionStart ?? value.length
    const text = `${value.slice(0, mention.start)}@${person.name} ${value.slice(caret)}`
    onChange(text)
    setMention(undefined)
    const after = mention.start + person.name.length + 2
    requestAnimationFrame(() => area.current?.setSelectionRange(after, after))
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (!mention || people.length === 0) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : people.length - 1)) % people.length)
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault()
      pick(people[active]!)
    } else if (event.key === 'Escape') {
      setMention(undefined)
    }
  }

  const open = Boolean(mention && people.length > 0)
  return (
    <div className="mention-box">
      <textarea
        aria-activedescendant={open ? `${listID}-${active}` : undefined}
        aria-autocomplete="list"
        aria-controls={open ? listID : undefined}
        aria-expanded={open}
        aria-label={label}
        onBlur={() => setMention(undefined)}
        onChange={(event) => follow(event.target.value, event.target.selectionStart)}
        onKeyDown={onKeyDown}
        placeholder={placeholder}
        ref={area}
        role="combobox"
        rows={2}
        value={value}
      />
      {open && (
        <ul aria-label={suggestionsLabel} className="mention-box__people" id={listID} role="listbox">
          {people.map((person, index) => (
            <li
              aria-selected={index === active}
              id={`${listID}-${index}`}
              key={person.id}
              // Picking must not blur the text area first.
              onMouseDown={(event) => {
                event.preventDefault()
                pick(person)
              }}
              role="option"
            >
              @{person.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
