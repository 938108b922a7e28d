import { Feed } from 'feed'
import type { Payload } from 'payload'

import { serverURL } from '../lib/env'
import { escapeHTML } from '../lib/html'
import type { Issue, Series } from '../payload-types'
import { issueContents } from './issueContents'
import type { FeedFormat } from './params'
import { issuesOfSeries, seriesBySlug } from './published'
import { BASE } from './serializers'

const FEED_LENGTH = 20
const formats = {
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
} as const satisfies Record<FeedFormat, string>

type Entry = { content: string; date: Date; id: string; summary: string; title: string; url: string }

async function entries(payload: Payload, series: Series): Promise<Entry[]> {
  const { docs } = await issuesOfSeries(payload, series, { limit: FEED_LENGTH, page: 1 })
  return Promise.all(
    docs.map(async (issue: Issue) => {
      const contents = await issueContents(payload, { ...issue, series }, { full: false })
      const url = `${serverURL()}${BASE}/issues/${issue.id}`
      const titles = contents.sections.flatMap((section) => section.items.map((item) => item.title))
      return {
        content: contents.sections
          .map((section) => `<h3>${escapeHTML(section.name)}</h3><ul>${section.items.map((item) => `<li>${escapeHTML(item.title)}</li>`).join('')}</ul>`)
          .join(''),
        date: new Date(issue.publicationDate ?? issue.updatedAt),
        id: url,
        summary: titles.join('；'),
        title: issue.title ?? `${series.title} ${issue.label}`,
        url,
      }
    }),
  )
}

/** RSS 2.0 and Atom 1.0 through the `feed` library; JSON Feed 1.1 written directly (the library writes 1.0). */
export async function seriesFeed(payload: Payload, slug: string, format: FeedFormat): Promise<{ body: string; contentType: string }> {
  const series = await seriesBySlug(payload, slug)
  const items = await entries(payload, series)
  const home = `${serverURL()}${BASE}/series/${series.slug}/issues`
  const self = `${serverURL()}${BASE}/feeds/${series.slug}.${format}`
  const title = series.titleEn ? `${series.title} · ${series.titleEn}` : series.title
  const description = series.description ?? `${series.publisherInstitute}${series.publisherOffice ? ` ${series.publisherOffice}` : ''}`
  if (format === 'json') {
    const body = {
      version: 'https://jsonfeed.org/version/1.1',
      title,
      home_page_url: home,
      feed_url: self,
      description,
      language: 'zh-CN',
      items: items.map((entry) => ({
        id: entry.id,
        url: entry.url,
        title: entry.title,
        content_html: entry.content,
        summary: entry.summary,
        date_published: entry.date.toISOString(),
      })),
    }
    return { body: JSON.stringify(body), contentType: formats.json }
  }
  const feed = new Feed({
    copyright: series.publisherInstitute,
    description,
    feedLinks: { atom: `${serverURL()}${BASE}/feeds/${series.slug}.atom`, rss: `${serverURL()}${BASE}/feeds/${series.slug}.rss` },
    id: home,
    language: 'zh-CN',
    link: home,
    title,
    updated: items[0]?.date ?? new Date(series.updatedAt),
  })
  for (const entry of items) {
    // RSS descriptions and Atom summaries are HTML: a title is text in them, never markup.
    feed.addItem({ content: entry.content, date: entry.date, description: escapeHTML(entry.summary), id: entry.id, link: entry.url, title: entry.title })
  }
  return { body: format === 'rss' ? feed.rss2() : feed.atom1(), contentType: formats[format] }
}
