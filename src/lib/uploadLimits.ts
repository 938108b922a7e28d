/** Limits on uploaded images, configurable per installation (see .env.example). */
export const uploadLimits = {
  maxBytes: Number(process.env.MEDIA_MAX_BYTES || 10 * 1024 * 1024),
  maxPixels: Number(process.env.MEDIA_MAX_PIXELS || 40_000_000),
}

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`
}
