import {
  BlocksFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

import { FootnoteBlock } from './footnoteBlock'

/**
 * Headings, lists, bold/italic, links and uploads come with Lexical's defaults;
 * bulletins add tables and footnote markers.
 */
export const bulletinEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures,
    FixedToolbarFeature(),
    EXPERIMENTAL_TableFeature(),
    BlocksFeature({ inlineBlocks: [FootnoteBlock] }),
  ],
})
