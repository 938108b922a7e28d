import type { CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

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
    throw fieldError(req, 'media', 'file', {
      en: `The file is ${megabytes(file.size)}; uploads may be at most ${megabytes(uploadLimits.maxBytes)}. Export a smaller image.`,
      zh: `文件大小为 ${megabytes(file.size)}，上传文件不得超过 ${megabytes(uploadLimits.maxBytes)}，请导出较小的图片。`,
    })
  }
  let width: number | undefined
  let height: number | undefined
  try {
    ;({ height, width } = await sharp(file.tempFilePath || file.data, { limitInputPixels: false }).metadata())
  } catch {
    width = undefined
  }
  if (!width || !height) {
    throw fieldError(req, 'media', 'file', {
      en: `"${file.name}" is not a readable image. Upload a PNG, JPEG, WebP or GIF file.`,
      zh: `“${file.name}”不是可识别的图片，请上传 PNG、JPEG、WebP 或 GIF 文件。`,
    })
  }
  if (width * height > uploadLimits.maxPixels) {
    throw fieldError(req, 'media', 'file', {
      en: `The image is ${width} × ${height} pixels; at most ${uploadLimits.maxPixels / 1e6} megapixels are accepted. Scale it down first.`,
      zh: `图片尺寸为 ${width} × ${height} 像素，最多允许 ${uploadLimits.maxPixels / 1e6} 百万像素，请先缩小图片。`,
    })
  }
  return args
}
