import type { Item } from '../../src/payload-types'
import { footnotesToHTML, renderContext, richTextToHTML } from '../../src/richtext/toHTML'
import { createScaffold, createUser, footnote, paragraph, richText, text } from '../helpers/fixtures'
import { chartPNG, pngFile } from '../helpers/images'
import { initPayload, type TestPayload } from '../helpers/initPayload'

let context: TestPayload
let items: Item[]

function tableNode(rows: string[][]) {
  return {
    type: 'table',
    version: 1,
    children: rows.map((cells, rowIndex) => ({
      type: 'tablerow',
      version: 1,
      children: cells.map((cell) => ({
        type: 'tablecell',
        version: 1,
        colSpan: 1,
        rowSpan: 1,
        headerState: rowIndex === 0 ? 1 : 0,
        children: [paragraph(text(cell))],
      })),
    })),
  }
}

beforeAll(async () => {
  context = await initPayload('richtext')
  const { payload } = context
  await createUser(payload, ['admin'])
  const { issue, references, sections } = await createScaffold(payload, 2026, 1)
  const hostile = await payload.create({
    collection: 'references',
    data: { kind: 'report', title: '<script>alert("x")</script>报告', sourceOrganisation: '某 & 机构' },
  })
  const chart = await payload.create({
    collection: 'media',
    data: { alt: '四个柱形', figureNumber: '图 1', captionZh: '研发投入变化', captionEn: 'R&D spending', sourceLine: '数据来源：测试' },
    file: pngFile(await chartPNG(), 'chart.png'),
  })
  const first = await payload.create({
    collection: 'items',
    data: {
      title: '第一篇',
      issue: issue.id,
      section: sections[0].id,
      body: richText(
        paragraph(text('甲', 1), text('乙'), footnote(references[0].id), text('丙'), footnote(references[1].id)),
        tableNode([
          ['所在省份', '集群类型'],
          ['甲省', '市场导向型'],
        ]),
        { type: 'upload', version: 3, id: 'figure-1', fields: {}, format: '', relationTo: 'media', value: chart.id },
      ),
    },
    draft: true,
  })
  const second = await payload.create({
    collection: 'items',
    data: {
      title: '第二篇',
      issue: issue.id,
      section: sections[1].id,
      body: richText(paragraph(text('丁'), footnote(hostile.id), text('戊'), footnote(references[0].id))),
    },
    draft: true,
  })
  items = await Promise.all(
    [first, second].map((item) => payload.findByID({ collection: 'items', id: item.id, depth: 2, draft: true })),
  )
})
afterAll(async () => {
  await context?.close()
})

describe('Lexical → HTML', () => {
  it('renders tables with header and body cells', () => {
    const html = richTextToHTML(items[0].body)
    expect(html).toMatch(/<table[^>]*>[\s\S]*<th[^>]*>[\s\S]*所在省份[\s\S]*<\/th>[\s\S]*<td[^>]*>[\s\S]*市场导向型/)
    expect(html).toContain('<strong>甲</strong>')
  })

  it('renders figures with number, bilingual caption, source line and every image size', () => {
    const html = richTextToHTML(items[0].body)
    expect(html).toContain('<figure')
    expect(html).toMatch(/<figcaption><span class="figure-number">图 1<\/span> 研发投入变化/)
    expect(html).toContain('Figure 1 R&amp;D spending')
    expect(html).toContain('数据来源：测试')
    expect(html).toMatch(/srcset="[^"]+ 400w, [^"]+ 1200w, [^"]+ 1600w"/)
  })

  it('numbers footnotes continuously across the items of an issue, reusing a repeated source’s number', () => {
    const issueContext = renderContext()
    const firstHTML = richTextToHTML(items[0].body, issueContext)
    const secondHTML = richTextToHTML(items[1].body, issueContext)
    const markers = (html: string) => [...html.matchAll(/class="footnote-ref"><a href="#fn-(\d+)"/g)].map((match) => match[1])
    expect(markers(firstHTML)).toEqual(['1', '2'])
    expect(markers(secondHTML)).toEqual(['3', '1'])
    const list = footnotesToHTML(issueContext.footnotes.notes)
    expect([...list.matchAll(/<li id="fn-(\d+)"/g)].map((match) => match[1])).toEqual(['1', '2', '3'])
    expect(list).toContain('https://news.example.org/')
    expect(list).toContain('https://doi.org/10.5555/')
  })

  it('escapes markup that arrives in reference data', () => {
    const issueContext = renderContext()
    richTextToHTML(items[1].body, issueContext)
    const list = footnotesToHTML(issueContext.footnotes.notes)
    expect(list).not.toContain('<script>')
    expect(list).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;报告')
    expect(list).toContain('某 &amp; 机构')
  })
})
