'use client'

import { useInlineBlockComponentContext } from '@payloadcms/richtext-lexical/client'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useLexicalEditable } from '@payloadcms/richtext-lexical/lexical/react/useLexicalEditable'
import { useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { languageOf, messagesFor } from '../../i18n'
import { relationID } from '../../lib/relationID'
import type { Reference } from '../../payload-types'
import { footnoteReferenceIDs } from '../../richtext/footnotes'
import './index.scss'

type Shown = Pick<Reference, 'doi' | 'id' | 'journal' | 'sourceOrganisation' | 'title' | 'url'>
type EditorState = ReturnType<ReturnType<typeof useLexicalComposerContext>[0]['getEditorState']>

/** The references a state of the body cites, in reading order, each once: read once per state, however many chips ask. */
const citedByState = new WeakMap<EditorState, Array<number | string>>()
function citedIn(state: EditorState): Array<number | string> {
  let cited = citedByState.get(state)
  if (!cited) citedByState.set(state, (cited = footnoteReferenceIDs(state.toJSON() as never)))
  return cited
}

/** The references the body cites now: a chip's number is its place here. */
function useCitedReferences(): Array<number | string> {
  const [editor] = useLexicalComposerContext()
  const [cited, setCited] = useState(() => citedIn(editor.getEditorState()))
  useEffect(() => editor.registerUpdateListener(({ editorState }) => setCited(citedIn(editorState))), [editor])
  return cited
}

/**
 * A footnote marker in the body as the office reads it: its number in this item (a source cited
 * again keeps its number; the issue renumbers across its items when published) and the title of
 * the source. Editors change or remove it; in a read-only body (a reviewer's) it opens the
 * source's details and a link to the reference itself.
 */
export function FootnoteChip() {
  const { EditButton, InlineBlockContainer, RemoveButton } = useInlineBlockComponentContext()
  const { config } = useConfig()
  const m = messagesFor(languageOf(useTranslation().i18n.language)).footnoteChip
  const editable = useLexicalEditable()
  const referenceID = relationID(useFormFields(([fields]) => fields.reference?.value) as number | undefined)
  const cited = useCitedReferences()
  const [reference, setReference] = useState<Shown>()
  const [open, setOpen] = useState(false)

  useEffect(() => {
    if (referenceID === undefined) return setReference(undefined)
    const controller = new AbortController()
    const select = ['title', 'sourceOrganisation', 'journal', 'url', 'doi'].map((field) => `select[${field}]=true`).join('&')
    fetch(`${config.serverURL}${config.routes.api}/references/${referenceID}?depth=0&${select}`, { credentials: 'include', signal: controller.signal })
      .then(async (response) => setReference(response.ok ? ((await response.json()) as Shown) : undefined))
      .catch(() => undefined)
    return () => controller.abort()
  }, [config, referenceID])

  // Given by the inline block around this component; never missing there.
  if (!InlineBlockContainer || !EditButton || !RemoveButton) return null
  const place = cited.findIndex((id) => String(id) === String(referenceID))
  const label = (
    <span className="footnote-chip__label">
      <span className="footnote-chip__number">{place === -1 ? m.unnumbered : m.number({ number: place + 1 })}</span>
      <span className="footnote-chip__title">{reference?.title ?? m.noSource}</span>
    </span>
  )
  return (
    <InlineBlockContainer>
      <span className="footnote-chip">
        {editable ? (
          <>
            <span title={m.numberingNote}>{label}</span>
            <EditButton />
            <RemoveButton />
          </>
        ) : (
          <>
            <button aria-expanded={open} className="footnote-chip__open" onClick={() => setOpen(!open)} title={m.numberingNote} type="button">
              {label}
            </button>
            {open && reference && (
              <span aria-label={m.details} className="footnote-chip__details" role="dialog">
                <strong>{reference.title}</strong>
                {[reference.sourceOrganisation, reference.journal].filter(Boolean).map((line) => (
                  <span key={line}>{line}</span>
                ))}
                {reference.url && (
                  <a href={reference.url} rel="noreferrer" target="_blank">
                    {reference.url}
                  </a>
                )}
                {reference.doi && <span>{m.doi({ doi: reference.doi })}</span>}
                <a href={`${config.routes.admin}/collections/references/${reference.id}`}>{m.openReference}</a>
              </span>
            )}
          </>
        )}
      </span>
    </InlineBlockContainer>
  )
}
