import type { PayloadRequest } from 'payload'

import { relationID } from '../lib/relationID'
import { type Messages, messagesFor } from '../i18n'
import type { Author, Issue, Item, Media, Reference, Section } from '../payload-types'

type Node = { type?: string; text?: string; children?: Node[]; fields?: { reference?: unknown; url?: string }; value?: unknown; listType?: string; tag?: string }
type Names = { references: Map<string, string>; media: Map<string, string>; authors: Map<string, string>; sections: Map<string, string>; m: Messages }

/** What a reviewer compares, field by field, as lines of text. */
export type ComparableDocument = Record<string, string>

const key = (value: unknown) => String(relationID(value as never))

function inlineText(nodes: Node[] = [], names: Names): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.text ?? ''
      if (node.type === 'linebreak') return '\n'
      if (node.type === 'inlineBlock') return names.m.changes.footnote({ title: names.references.get(key(node.fields?.reference)) ?? key(node.fields?.reference) })
      return inlineText(node.children, names)
    })
    .join('')
}

/** A rich-text document as lines: paragraphs and headings, list entries, table rows, figures. */
function bodyLines(root: Node | undefined, names: Names): string[] {
  const lines: string[] = []
  for (const block of root?.children ?? []) {
    if (block.type === 'list') {
      block.children?.forEach((entry, index) => lines.push(`${block.listType === 'number' ? `${index + 1}.` : '•'} ${inlineText(entry.children, names)}`))
    } else if (block.type === 'table') {
      for (const row of block.children ?? []) lines.push((row.children ?? []).map((cell) => (cell.children ?? []).map((p) => inlineText(p.children, names)).join(' ')).join(' | '))
    } else if (block.type === 'upload') {
      lines.push(names.m.changes.figure({ title: names.media.get(key(block.value)) ?? key(block.value) }))
    } else {
      lines.push(`${block.type === 'heading' ? '## ' : ''}${inlineText(block.children, names)}`)
    }
  }
  return lines
}

function footnoteIDs(root: Node | undefined): string[] {
  const found: string[] = []
  const walk = (node: Node) => {
    if (node.type === 'inlineBlock' && node.fields?.reference !== undefined) found.push(key(node.fields.reference))
    node.children?.forEach(walk)
  }
  if (root) walk(root)
  return found
}

async function namesFor(req: PayloadRequest, ids: { references: string[]; media: string[]; authors: string[]; sections: string[] }): Promise<Names> {
  const lookup = async <Doc extends { id: number | string }>(collection: 'authors' | 'media' | 'references' | 'sections', wanted: string[], name: (doc: Doc) => string) => {
    if (!wanted.length) return new Map<string, string>()
    const { docs } = await req.payload.find({ collection, depth: 0, pagination: false, req, where: { id: { in: [...new Set(wanted)] } } })
    return new Map((docs as unknown as Doc[]).map((doc) => [String(doc.id), name(doc)]))
  }
  return {
    references: await lookup<Reference>('references', ids.references, (reference) => reference.title),
    media: await lookup<Media>('media', ids.media, (image) => [image.alt, image.captionZh].filter(Boolean).join('｜')),
    authors: await lookup<Author>('authors', ids.authors, (author) => author.displayName),
    sections: await lookup<Section>('sections', ids.sections, (section) => section.name),
    m: messagesFor(req.i18n?.language),
  }
}

function uploadIDs(root: Node | undefined): string[] {
  return (root?.children ?? []).filter((node) => node.type === 'upload').map((node) => key(node.value))
}

/** An item's fields as a reviewer reads them: texts, the body by lines, its sources in order, figures, credits. */
export async function itemLines(req: PayloadRequest, items: Item[]): Promise<ComparableDocument[]> {
  const roots = items.map((item) => (item.body as { root?: Node } | null | undefined)?.root)
  const names = await namesFor(req, {
    references: roots.flatMap(footnoteIDs),
    media: roots.flatMap(uploadIDs),
    authors: items.flatMap((item) => (item.credits ?? []).map((credit) => key(credit.contributor))),
    sections: items.map((item) => key(item.section)),
  })
  return items.map((item, index) => ({
    title: item.title ?? '',
    titleEn: item.titleEn ?? '',
    section: names.sections.get(key(item.section)) ?? '',
    summary: item.summary ?? '',
    body: bodyLines(roots[index], names).join('\n'),
    footnotes: [...new Set(footnoteIDs(roots[index]))].map((id, number) => `${number + 1}. ${names.references.get(id) ?? id}`).join('\n'),
    credits: (item.credits ?? []).map((credit) => names.m.changes.credit({ name: names.authors.get(key(credit.contributor)) ?? key(credit.contributor), role: names.m.creditStats.roles[credit.role] })).join('\n'),
    publishedIn: [item.publishedIn?.journal, item.publishedIn?.articleTitle, item.publishedIn?.doi, item.publishedIn?.url].filter(Boolean).join('\n'),
  }))
}

/** An issue's own fields: its title and date, its sections in order with the editor's notes. */
export async function issueLines(req: PayloadRequest, issues: Issue[]): Promise<ComparableDocument[]> {
  const rows = issues.map((issue) => issue.sections ?? [])
  const notes = rows.map((sections) => sections.map((row) => (row.editorsNote as { root?: Node } | null | undefined)?.root))
  const names = await namesFor(req, {
    references: notes.flat().flatMap(footnoteIDs),
    media: notes.flat().flatMap(uploadIDs),
    authors: [],
    sections: rows.flat().map((row) => key(row.section)),
  })
  return issues.map((issue, index) => ({
    title: issue.title ?? '',
    publicationDate: issue.publicationDate?.slice(0, 10) ?? '',
    sections: rows[index].map((row) => names.sections.get(key(row.section)) ?? key(row.section)).join('\n'),
    editorsNotes: rows[index]
      .map((row, position) => [names.sections.get(key(row.section)) ?? key(row.section), ...bodyLines(notes[index][position], names)].join('：'))
      .join('\n'),
  }))
}
