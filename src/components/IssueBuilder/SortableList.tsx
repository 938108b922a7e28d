'use client'

import { type Announcements, closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, type UniqueIdentifier, useSensor, useSensors } from '@dnd-kit/core'
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'
import React from 'react'

import type { Messages } from '../../i18n'

/**
 * A vertical list reordered by dragging with the pointer or the keyboard. Each list has its own
 * context, so items can be reordered within their section but never dropped into another one.
 * Screen readers hear each move in the admin's language, with the rows' titles.
 */
export function SortableList<T>({
  children,
  className,
  entries,
  keyOf,
  m,
  onReorder,
  titleOf,
}: {
  children: (entry: T) => React.ReactNode
  className: string
  entries: T[]
  keyOf: (entry: T) => string
  m: Messages
  onReorder: (entries: T[]) => void
  titleOf: (entry: T) => string
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const keys = entries.map(keyOf)
  const titleFor = (id: UniqueIdentifier | undefined) => {
    const entry = entries[keys.indexOf(String(id))]
    return entry === undefined ? '' : titleOf(entry)
  }
  const say = m.issueBuilder.announce
  const announcements: Announcements = {
    onDragStart: ({ active }) => say.pickedUp({ title: titleFor(active.id) }),
    // Over its own place (as every lift starts) there is nothing new to say.
    onDragOver: ({ active, over }) =>
      !over ? say.outside({ title: titleFor(active.id) }) : over.id === active.id ? undefined : say.over({ other: titleFor(over.id), title: titleFor(active.id) }),
    onDragEnd: ({ active, over }) => (over ? say.dropped({ other: titleFor(over.id), title: titleFor(active.id) }) : say.droppedOutside({ title: titleFor(active.id) })),
    onDragCancel: ({ active }) => say.cancelled({ title: titleFor(active.id) }),
  }
  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return
    onReorder(arrayMove(entries, keys.indexOf(String(active.id)), keys.indexOf(String(over.id))))
  }
  return (
    <DndContext accessibility={{ announcements, screenReaderInstructions: { draggable: say.instructions } }} collisionDetection={closestCenter} onDragEnd={onDragEnd} sensors={sensors}>
      <SortableContext items={keys} strategy={verticalListSortingStrategy}>
        <ol className={className}>{entries.map(children)}</ol>
      </SortableContext>
    </DndContext>
  )
}
