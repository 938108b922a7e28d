import type { HTMLConverters } from '@payloadcms/richtext-lexical/html'

import { escapeHTML } from '../lib/html'
import type { Media, Reference } from '../payload-types'
import type { FootnoteNumbering } from './footnoteNumbering'

export type FigureNumbering = { next: () => number }

const IMAGE_SIZES = ['thumbnail', 'web', 'print'] as const

function srcset(media: Media): string {
  return IMAGE_SIZES.map((name) => media.sizes?.[name])
    .filter((size) => size?.url && size.width)
    .map((size) => `${escapeHTML(size!.url)} ${size!.width}w`)
    .join(', ')
}

/** 图 3, or the number the editor gave the image (图 2-1). */
export function figureLabel(media: Pick<Media, 'figureNumber'>, number: number): string {
  return media.figureNumber || `图 ${number}`
}

/** A figure with its number, bilingual caption and source line, as the printed bulletin shows it. */
export function figureHTML(media: Media, number: number): string {
  const label = figureLabel(media, number)
  const captionEn = media.captionEn
    ? `<span class="figure-caption-en" lang="en">Figure ${number} ${escapeHTML(media.captionEn)}</span>`
    : ''
  const source = media.sourceLine ? `<span class="figure-source">${escapeHTML(media.sourceLine)}</span>` : ''
  const webURL = media.sizes?.web?.url || media.url
  return (
    `<figure class="figure" id="figure-${media.id}">` +
    `<img src="${escapeHTML(webURL)}" srcset="${srcset(media)}" sizes="(max-width: 1200px) 100vw, 1200px" ` +
    `alt="${escapeHTML(media.alt)}" width="${media.width ?? ''}" height="${media.height ?? ''}" loading="lazy">` +
    `<figcaption><span class="figure-number">${escapeHTML(label)}</span> ${escapeHTML(media.captionZh)}${captionEn}${source}</figcaption>` +
    `</figure>`
  )
}

/** Payload's converters, plus figures and footnote markers numbered by the caller's counters. */
export function bulletinConverters(footnotes: FootnoteNumbering, figures: FigureNumbering): HTMLConverters {
  return {
    upload: ({ node }) => {
      const media = (node as { value?: Media | number }).value
      if (!media || typeof media !== 'object' || !media.mimeType?.startsWith('image')) return ''
      return figureHTML(media, figures.next())
    },
    inlineBlocks: {
      footnote: ({ node }) => {
        const reference = (node.fields as { reference?: number | Reference | string }).reference
        if (reference === undefined || reference === null) return ''
        const number = footnotes.numberFor(reference)
        return `<sup class="footnote-ref"><a href="#fn-${number}" aria-label="脚注 ${number}">${number}</a></sup>`
      },
    },
  }
}
