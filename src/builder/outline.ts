import type { PayloadRequest } from 'payload'

import type { Issue, Item, Media, Reference, Section } from '../payload-types'
import { relationID } from '../lib/relationID'
import { itemsOfIssue } from '../workflow/guards'
import type { IssueState, ItemState } from '../workflow/states'

type ID = number | string

export type OutlineItem = { id: ID; position: number | null; title: string; workflowState: ItemState }
export type OutlineSection = { id: ID; items: OutlineItem[]; name: string }

/** What still stands between the issue and publication, each with the document to open. */
export type MissingPieces = {
  emptySections: Array<{ id: ID; name: string }>
  figuresWithoutCaption: Array<{ filename: string; id: ID; items: string[] }>
  itemsNotApproved: Array<{ id: ID; title: string; workflowState: ItemState }>
  referencesWithoutURL: Array<{ id: ID; items: string[]; title: string }>
}

export type IssueOutline = {
  id: ID
  label: string
  missing: MissingPieces
  sections: OutlineSection[]
  workflowState: IssueState
}

const READY: readonly ItemState[] = ['approved', 'published']

function byPosition(a: Item, b: Item): number {
  return (a.position ?? Infinity) - (b.position ?? Infinity) || a.title.localeCompare(b.title, 'zh')
}

/** For each related document (figure, reference), the titles of the items that use it. */
function usedBy(items: Item[], field: 'figures' | 'references'): Map<string, string[]> {
  const users = new Map<string, string[]>()
  for (const item of items) {
    for (const related of item[field] ?? []) {
      const key = String(relationID(related as never))
      users.set(key, [...(users.get(key) ?? []), item.title])
    }
  }
  return users
}

async function findByIDs<T>(req: PayloadRequest, collection: 'media' | 'references', ids: string[]): Promise<T[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    overrideAccess: false,
    pagination: false,
    req,
    where: { id: { in: ids } },
  })
  return docs as T[]
}

/**
 * The issue as its builder shows it: sections in printed order with their items by position (drafts
 * included, read with the user's own access), and the missing pieces: items not yet approved, sections
 * without items, figures without a Chinese caption, and references a reader cannot follow (neither URL nor DOI).
 */
export async function loadIssueOutline(req: PayloadRequest, issueID: ID): Promise<IssueOutline> {
  const issue: Issue = await req.payload.findByID({ collection: 'issues', depth: 1, draft: true, id: issueID, overrideAccess: false, req })
  const items = (await itemsOfIssue(req, issue.id)).sort(byPosition)
  const sections: OutlineSection[] = (issue.sections ?? []).map((row) => {
    const section = row.section as Section
    return {
      id: section.id,
      name: section.name,
      items: items
        .filter((item) => String(relationID(item.section)) === String(section.id))
        .map(({ id, position, title, workflowState }) => ({ id, position: position ?? null, title, workflowState: workflowState as ItemState })),
    }
  })

  const figureUsers = usedBy(items, 'figures')
  const referenceUsers = usedBy(items, 'references')
  const [figures, references] = await Promise.all([
    findByIDs<Media>(req, 'media', [...figureUsers.keys()]),
    findByIDs<Reference>(req, 'references', [...referenceUsers.keys()]),
  ])

  return {
    id: issue.id,
    label: issue.label ?? '',
    workflowState: issue.workflowState as IssueState,
    sections,
    missing: {
      itemsNotApproved: items
        .filter((item) => !READY.includes(item.workflowState as ItemState))
        .map(({ id, title, workflowState }) => ({ id, title, workflowState: workflowState as ItemState })),
      emptySections: sections.filter((section) => section.items.length === 0).map(({ id, name }) => ({ id, name })),
      figuresWithoutCaption: figures
        .filter((figure) => !figure.captionZh?.trim())
        .map((figure) => ({ filename: figure.filename ?? '', id: figure.id, items: figureUsers.get(String(figure.id)) ?? [] })),
      referencesWithoutURL: references
        .filter((reference) => !reference.url?.trim() && !reference.doi?.trim())
        .map((reference) => ({ id: reference.id, items: referenceUsers.get(String(reference.id)) ?? [], title: reference.title })),
    },
  }
}
