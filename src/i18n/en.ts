/**
 * Every message of the CMS in English, by area. Collection configs keep Payload's own
 * `label: { en, zh }`; everything else the server or the admin says is here. A message that takes
 * values is a function of them. Another language is one more file of this shape (see index.ts).
 */
export const en = {
  /** The delivery API's refusals (it answers partner sites' developers in English). */
  delivery: {
    notASlug: ({ name, value }: { name: string; value: string }) => `${name} must be a slug (lower-case letters, digits, hyphens); got "${value}".`,
    notAWholeNumber: ({ max, name, value }: { max: number; name: string; value: string }) =>
      `${name} must be a whole number from 1 to ${max}; got "${value}".`,
    notADocumentID: ({ value }: { value: string }) => `"${value}" is not a document ID.`,
    citationFormat: ({ formats, value }: { formats: string; value: string }) => `Give the citation format as ?format=, one of ${formats}; got "${value}".`,
    searchQueryNeeded: 'Give a search query: /search?q=…',
    searchQueryTooLong: ({ max }: { max: number }) => `A search query may be at most ${max} characters long.`,
    feedFile: ({ file }: { file: string }) => `A feed is /feeds/<series>.rss, .atom or .json; got "${file}".`,
    seriesNotFound: ({ slug }: { slug: string }) => `Series "${slug}" not found.`,
    issueNotFound: ({ id }: { id: number | string }) => `Issue ${id} not found.`,
    issueOfSeriesNotFound: ({ number, series, year }: { number: number; series: string; year: number }) =>
      `Issue ${number} of ${year} in series "${series}" not found.`,
    itemNotFound: ({ id }: { id: number | string }) => `Item ${id} not found.`,
    sectionNotFound: ({ slug }: { slug: string }) => `Section "${slug}" not found.`,
    contributorNotFound: ({ slug }: { slug: string }) => `Contributor "${slug}" not found.`,
    noSuchEndpoint: 'No such endpoint. See /delivery/v1/docs.',
    internalError: 'Internal error.',
  },
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
    /** Labels of the transitions a person takes, by collection. */
    actions: {
      items: { submit: 'Submit for review', request_changes: 'Request changes', approve: 'Approve' },
      issues: {
        submit: 'Submit issue for review',
        request_changes: 'Request changes',
        approve: 'Approve issue',
        publish: 'Publish',
        schedule: 'Schedule publication',
        start_correction: 'Start a correction',
        withdraw: 'Withdraw',
      },
    },
    signInFirst: 'Sign in first.',
    roleMayNot: ({ action, roles }: { action: string; roles: string[] }) => `Your role may not “${action}”. It is for: ${roles.join(', ')}.`,
    wrongState: ({ action, current, wanted }: { action: string; current: string; wanted: string[] }) =>
      `This is “${current}”; “${action}” needs it to be ${wanted.map((state) => `“${state}”`).join(' or ')}.`,
    unknownAction: ({ action, known }: { action: string; known: string[] }) => `Unknown action “${action}”. Actions: ${known.join(', ')}.`,
    noSuchDocument: 'No such document.',
    commentNeeded: 'Say what should change: a request for changes needs a comment.',
    reasonNeeded: 'Give the reason for withdrawing; it is kept with the issue.',
    noItemsYet: 'The issue has no items yet.',
    itemsNotReady: ({ wanted, blocking }: { wanted: string[]; blocking: Array<{ title: string; state: string }> }) =>
      `Every item must be ${wanted.join(' or ')} first. Not yet: ${blocking.map(({ state, title }) => `“${title}”（${state}）`).join('、')}.`,
    fourEyes: 'You wrote or last edited this, so someone else must approve it (four-eyes rule).',
    publishAtInFuture: 'Give a publication time in the future, e.g. 2026-12-01T08:00:00+08:00.',
    backIssueNeedsDate: 'A back issue comes in published with its original date: give the date it was published.',
    itemCannotBePublished: ({ id, problems, title }: { id: number | string; problems: string; title: string }) =>
      `Item #${id} “${title}” cannot be published until it is corrected: ${problems}`,
    publishedNotEditedDirectly: 'Published content is not changed or published directly: save a draft. Approved work is published with its issue.',
    withdrawnNotEditable: 'This issue was withdrawn and can no longer be edited.',
    issueStaysOnRecord: ({ title }: { title: string }) => `The issue “${title}” has been published, so it stays on the record: withdraw it instead of deleting it.`,
    itemStaysOnRecord: ({ title }: { title: string }) => `The item “${title}” has been published, so it stays on the record with its issue.`,
    issueStillHasItems: ({ count, title }: { count: number; title: string }) =>
      `The issue “${title}” still has ${count} item(s): delete them or move them to another issue first.`,
    /** What the mails about a transition say. */
    mail: {
      kinds: { issues: 'issue', items: 'item' },
      system: 'system',
      awaitingReview: 'Awaiting your review',
      changesRequested: 'Changes requested',
      approved: 'Approved',
      published: 'Published',
      line: ({ actor, kind, title, what }: { actor: string; kind: string; title: string; what: string }) => `${what}: ${kind} "${title}" (by ${actor})`,
    },
  },
  builder: {
    staffOnly: 'The issue builder is for staff.',
    editorsOnly: 'Only editors and administrators arrange an issue.',
    orderShape: 'Send the order as { "sections": [section IDs], "items": { "<section ID>": [item IDs] } }.',
    orderFixed: ({ label, state }: { label: string; state: string }) => `Issue ${label} is “${state}”; its order can no longer change.`,
    sectionsOnceEach: 'The order must list each of the issue’s sections exactly once. Reload the builder: the issue may have changed.',
    itemsOnceEach:
      'The order must list each item of a section exactly once, under its own section. Reload the builder: the issue may have changed.',
  },
}

/** The shape every language file has: the English file's, with its own words. */
export type Messages = typeof en
