import type { PayloadRequest } from 'payload'

import { hasAnyRole } from '../../access/roles'
import type { Issue } from '../payload-types'
import { relationID } from '../lib/relationID'
import { recordAudit } from '../workflow/audit'
import { systemWrite } from '../lib/systemContext'
import { itemsOfIssue } from '../workflow/guards'
import { inTransaction } from '../lib/inTransaction'
import { translated } from '../i18n'
import { type IssueState, orderableIssueStates } from '../workflow/states'
import { BAD_REQUEST, CONFLICT, FORBIDDEN, RequestError } from '../lib/RequestError'

type ID = number | string

/** The printed order: the issue's sections, and for every section the IDs of its items. */
export type IssueOrder = { items: Record<string, ID[]>; sections: ID[] }

const isID = (value: unknown): value is ID => (typeof value === 'string' && value !== '') || Number.isInteger(value)

/** The request body as an order, or a 400 that says what shape is expected. */
function parseIssueOrder(req: PayloadRequest, body: unknown): IssueOrder {
  const { items, sections } = (body ?? {}) as { items?: unknown; sections?: unknown }
  const wellFormed =
    Array.isArray(sections) &&
    sections.every(isID) &&
    typeof items === 'object' &&
    items !== null &&
    !Array.isArray(items) &&
    Object.values(items).every((ids) => Array.isArray(ids) && ids.every(isID))
  if (!wellFormed) {
    throw new RequestError(req, BAD_REQUEST, translated((m) => m.builder.orderShape))
  }
  return { items: items as Record<string, ID[]>, sections: sections as ID[] }
}

/** True when `proposed` lists exactly the IDs of `current`, each once. */
function samePieces(current: ID[], proposed: ID[]): boolean {
  const wanted = current.map(String).sort()
  const given = proposed.map(String).sort()
  return wanted.length === given.length && wanted.every((id, index) => id === given[index])
}

function requireEditor(req: PayloadRequest): void {
  if (!hasAnyRole(req.user, ['admin', 'editor'])) {
    throw new RequestError(req, FORBIDDEN, translated((m) => m.builder.editorsOnly))
  }
}

function requireOrderable(req: PayloadRequest, issue: Issue): void {
  const state = issue.workflowState as IssueState
  if (orderableIssueStates.includes(state)) return
  throw new RequestError(req, CONFLICT, translated((m) => m.builder.orderFixed({ label: issue.label ?? '', state: m.workflow.states[state] })))
}

/**
 * Puts the issue's sections and each section's items in the given order, in one transaction.
 * The order must name exactly the issue's sections and, per section, exactly its items: the builder
 * arranges what is there and never adds, drops or moves pieces between sections. Rearranging is an
 * edit of the issue (an approved issue goes back to planning for a fresh approval) but not of the
 * items, whose text and approval stay as they are.
 */
export async function reorderIssue(req: PayloadRequest, issueID: ID, body: unknown): Promise<void> {
  requireEditor(req)
  const order = parseIssueOrder(req, body)
  await inTransaction(req, async () => {
    const issue: Issue = await req.payload.findByID({ collection: 'issues', depth: 0, draft: true, id: issueID, req })
    requireOrderable(req, issue)
    const rows = issue.sections ?? []
    const sectionIDs = rows.map((row) => relationID(row.section) as ID)
    if (!samePieces(sectionIDs, order.sections)) {
      throw new RequestError(req, BAD_REQUEST, translated((m) => m.builder.sectionsOnceEach))
    }
    const items = await itemsOfIssue(req, issue.id)
    const strayKey = Object.keys(order.items).some((key) => !sectionIDs.map(String).includes(key))
    const itemsInPlace = sectionIDs.every((sectionID) => {
      const inSection = items.filter((item) => String(relationID(item.section)) === String(sectionID)).map((item) => item.id)
      return samePieces(inSection, order.items[String(sectionID)] ?? [])
    })
    if (strayKey || !itemsInPlace) {
      throw new RequestError(req, BAD_REQUEST, translated((m) => m.builder.itemsOnceEach))
    }

    const rowOf = (sectionID: ID) => rows.find((row) => String(relationID(row.section)) === String(sectionID))
    await req.payload.update({
      collection: 'issues',
      data: { sections: order.sections.map(rowOf) },
      depth: 0,
      draft: true,
      id: issue.id,
      overrideAccess: false,
      req,
    })
    for (const itemIDs of Object.values(order.items)) {
      for (const [index, itemID] of itemIDs.entries()) {
        const item = items.find((candidate) => String(candidate.id) === String(itemID))
        if (!item || item.position === index + 1) continue
        await req.payload.update({
          collection: 'items',
          context: systemWrite('issue order'),
          data: { position: index + 1 },
          depth: 0,
          draft: true,
          id: item.id,
          overrideLock: true,
          req,
        })
      }
    }
    await recordAudit(req, {
      action: 'reorder',
      collection: 'issues',
      documentID: issue.id,
      documentTitle: issue.title,
      note: order.sections
        .map((sectionID) => `${sectionID}: ${(order.items[String(sectionID)] ?? []).join(', ')}`)
        .join('; '),
    })
  })
}
