import React from 'react'

import type { CreditedItem } from '../../credits/creditStats'
import type { Messages } from '../../i18n'

/** One contributor's credited items in the period, each opening the item in the admin. */
export function ContributorItems({ items, m, name }: { items: CreditedItem[]; m: Messages; name: string }) {
  return (
    <section className="credit-stats__items">
      <h2>{m.creditStats.itemsOf({ name })}</h2>
      <ol>
        {items.map(({ issue, item, role, section }) => (
          <li key={`${item.id}-${role}`}>
            <a href={`/admin/collections/items/${item.id}`}>{item.title}</a>{' '}
            <span>
              {[issue.label, section?.name, m.creditStats.roles[role]].filter(Boolean).join(m.format.listSeparator)}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
