'use client'

import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import React from 'react'

/**
 * One draggable entry (a section or an item). Only the handle starts a drag, so links and
 * buttons inside the row keep working.
 */
export function SortableRow({
  children,
  className,
  disabled,
  handleLabel,
  id,
}: {
  children: React.ReactNode
  className: string
  disabled: boolean
  handleLabel: string
  id: string
}) {
  const { attributes, isDragging, listeners, setActivatorNodeRef, setNodeRef, transform, transition } = useSortable({ disabled, id })
  return (
    <li
      className={`${className}${isDragging ? ` ${className}--dragging` : ''}`}
      data-sortable-id={id}
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      {!disabled && (
        <button aria-label={handleLabel} className="issue-builder__handle" ref={setActivatorNodeRef} title={handleLabel} type="button" {...attributes} {...listeners}>
          ⋮⋮
        </button>
      )}
      {children}
    </li>
  )
}
