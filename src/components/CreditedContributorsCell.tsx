import type { DefaultServerCellComponentProps } from 'payload'
import React from 'react'

import { messagesFor } from '../i18n'
import { relationID } from '../lib/relationID'
import type { Item } from '../payload-types'

type Credits = Item['credits']

/**
 * The items list's 署名 column: the credited names in printed order, where Payload would show
 * only the number of rows. The list reads items at depth 0, so the names are looked up here.
 */
export async function CreditedContributorsCell({ cellData, i18n, payload }: DefaultServerCellComponentProps) {
  const ids = [...new Set(((cellData as Credits) ?? []).map((credit) => relationID(credit.contributor)).filter((id) => id !== undefined))]
  if (ids.length === 0) return null
  const { docs } = await payload.find({
    collection: 'authors',
    depth: 0,
    pagination: false,
    select: { displayName: true },
    where: { id: { in: ids } },
  })
  const names = ids.map((id) => docs.find((author) => String(author.id) === String(id))?.displayName).filter(Boolean)
  return <span className="credited-contributors-cell">{names.join(messagesFor(i18n.language).format.listSeparator)}</span>
}
