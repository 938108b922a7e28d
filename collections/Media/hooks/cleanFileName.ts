import type { CollectionBeforeOperationHook } from 'payload'

import { INVISIBLE } from '../../../src/lib/names'

const CONTROL = /\p{Cc}+/gu

/**
 * A file name is shown to staff and kept in image URLs: a right-to-left override ("chart\u202Egnp.exe")
 * would make it read as something else, and control characters break headers. They are dropped.
 */
export const cleanFileName: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.file && (operation === 'create' || operation === 'update')) {
    req.file.name = req.file.name.normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, '').trim() || 'image'
  }
  return args
}
