'use client'

import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core'
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable'
import React from 'react'

/**
 * A vertical list reordered by dragging with the pointer or the keyboard. Each list has its own
 * context, so items can be reordered within their section but never dropped into another one.
 */
export function SortableList<T>({
  children,
  className,
  entries,
  keyOf,
  onReorder,
}: {
  children: (entry: T) => React.ReactNode
  className: string
  entries: T[]
  keyOf: (entry: T) => string
  onReorder: (entries: T[]) => void
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const keys = entries.map(keyOf)
  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return
    onReorder(arrayMove(entries, keys.indexOf(String(active.id)), keys.indexOf(String(over.id))))
  }
  return (
    <DndContext collisionDetection={closestCenter} onDragEnd={onDragEnd} sensors={sensors}>
      <SortableContext items={keys} strategy={verticalListSortingStrategy}>
        <ol className={className}>{entries.map(children)}</ol>
      </SortableContext>
    </DndContext>
  )
}
