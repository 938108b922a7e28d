import type { Block } from 'payload'

/**
 * An inline footnote marker that cites a `references` document. The editor shows its number within
 * the item and the source's title (FootnoteChip); the numbers printed are assigned when an issue is
 * rendered, continuously across all its items.
 */
export const FootnoteBlock: Block = {
  slug: 'footnote',
  interfaceName: 'FootnoteBlock',
  admin: { components: { Block: '/components/FootnoteChip#FootnoteChip' } },
  labels: {
    singular: { en: 'Footnote', zh: '脚注' },
    plural: { en: 'Footnotes', zh: '脚注' },
  },
  fields: [
    {
      name: 'reference',
      type: 'relationship',
      relationTo: 'references',
      required: true,
      label: { en: 'Source reference', zh: '参考来源' },
    },
  ],
}
