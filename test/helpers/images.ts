import { randomBytes } from 'node:crypto'

import sharp from 'sharp'

/** A small bar chart drawn locally, the kind of figure a bulletin carries. */
export async function chartPNG(width = 1600, height = 1000): Promise<Buffer> {
  const bars = [0.35, 0.6, 0.45, 0.8]
    .map((share, index) => {
      const barHeight = Math.round(share * (height - 100))
      return `<rect x="${120 + index * 320}" y="${height - 50 - barHeight}" width="200" height="${barHeight}" fill="#2f6f9f"/>`
    })
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${bars}<line x1="80" y1="${height - 50}" x2="${width - 40}" y2="${height - 50}" stroke="#333" stroke-width="4"/></svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/** Random pixels do not compress, so the PNG's size in bytes is predictable from its dimensions. */
export async function noisePNG(width: number, height: number): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { channels: 3, height, width } })
    .png({ compressionLevel: 0 })
    .toBuffer()
}

export function pngFile(data: Buffer, name: string) {
  return { data, mimetype: 'image/png', name, size: data.length }
}
