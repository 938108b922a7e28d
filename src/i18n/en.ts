/**
 * Every message of the CMS in English, by area. Collection configs keep Payload's own
 * `label: { en, zh }`; everything else the server or the admin says is here. A message that takes
 * values is a function of them. Another language is one more file of this shape (see index.ts).
 */
export const en = {
  workflow: {
    states: {
      draft: 'Draft',
      in_review: 'In review',
      changes_requested: 'Changes requested',
      approved: 'Approved',
      published: 'Published',
      planning: 'Planning',
      correction: 'Correction',
      withdrawn: 'Withdrawn',
    },
  },
}

/** The shape every language file has: the English file's, with its own words. */
export type Messages = typeof en
