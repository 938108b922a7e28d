import type { CollectionBeforeOperationHook } from 'payload'

import { translated } from '../../../src/i18n'
import { sharpOnDemand as sharp } from '../../../src/lib/sharpOnDemand'
import { megabytes, uploadLimits } from '../../../src/lib/uploadLimits'
import { fieldError } from '../../../src/lib/validationError'

/**
 * Runs before Payload resizes anything, so an oversize or undecodable file is refused
 * cheaply with a 400 that says what is wrong, and nothing is written.
 */
export const checkUploadLimits: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update')) return args
  if (file.size > uploadLimits.maxBytes) {
    throw fieldError(req, 'media', 'file', translated((m) => m.collections.media.tooLarge({ max: megabytes(uploadLimits.maxBytes), size: megabytes(file.size) })))
  }
  let width: number | undefined
  let height: number | undefined
  try {
    ;({ height, width } = await sharp(file.tempFilePath || file.data, { limitInputPixels: false }).metadata())
  } catch {
    width = undefined
  }
  if (!width || !height) {
    throw fieldError(req, 'media', 'file', translated((m) => m.collections.media.notAnImage({ name: file.name })))
  }
  if (width * height > uploadLimits.maxPixels) {
    throw fieldError(req, 'media', 'file', translated((m) => m.collections.media.tooManyPixels({ height, megapixels: uploadLimits.maxPixels / 1e6, width })))
  }
  return args
}
