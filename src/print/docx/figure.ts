import { ImageRun, Paragraph } from 'docx'
import sharp from 'sharp'

import type { Block, FigureImage } from '../../document/blocks'
import { mediaFileBytes } from '../../storage/mediaFiles'
import { STYLE, TEXT_HEIGHT_PX, TEXT_WIDTH_PX } from './styles'

type Figure = Extract<Block, { kind: 'figure' }>

/** Word embeds these as they are; anything else (WebP, AVIF, TIFF …) is converted to PNG first. */
const WORD_TYPES: Record<string, 'png' | 'jpg' | 'gif' | 'bmp'> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
}

/** A figure may take the text width, and at most two thirds of the page's height, so its caption stays with it. */
export function printSize(image: Pick<FigureImage, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(1, TEXT_WIDTH_PX / image.width, (TEXT_HEIGHT_PX * 2) / 3 / image.height)
  return { width: Math.round(image.width * scale), height: Math.round(image.height * scale) }
}

/** An image whose file is gone from storage is left out and its captions kept, as the PDF edition does. */
async function imageRun(image: FigureImage, altText: string): Promise<ImageRun | undefined> {
  const file = await mediaFileBytes(image.file)
  if (!file) return undefined
  const type = WORD_TYPES[image.mimeType]
  const data = type ? file : await sharp(file).png().toBuffer()
  return new ImageRun({
    type: type ?? 'png',
    data,
    transformation: printSize(image),
    altText: { name: altText, title: altText, description: altText },
  })
}

/**
 * A figure as printed: the image centred at print size, 图 1 caption, Figure 1 caption, source line.
 * The caption is kept with the image so Word does not put them on different pages.
 */
export async function figureParagraphs(figure: Figure): Promise<Paragraph[]> {
  const caption = `${figure.label} ${figure.captionZh}`.trim()
  const paragraphs: Paragraph[] = []
  const image = figure.image && (await imageRun(figure.image, caption))
  if (image) paragraphs.push(new Paragraph({ style: STYLE.caption, keepNext: true, children: [image] }))
  paragraphs.push(new Paragraph({ style: STYLE.caption, text: caption }))
  if (figure.captionEn) paragraphs.push(new Paragraph({ style: STYLE.captionEn, text: `Figure ${figure.number} ${figure.captionEn}` }))
  if (figure.source) paragraphs.push(new Paragraph({ style: STYLE.source, text: figure.source }))
  return paragraphs
}
