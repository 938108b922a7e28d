/**
 * Every message of the CMS in English, by area. Collection configs keep Payload's own
 * `label: { en, zh }`; everything else the server or the admin says is here. A message that takes
 * values is a function of them. Another language is one more file of this shape (see index.ts).
 */
export const en = {
  /** Not words: how a language joins a list and writes dates (a locale tag for Intl). */
  format: {
    listSeparator: ', ',
    locale: 'en-GB',
    /** How the admin writes a moment (date-fns): 3 Dec 2026, 08:15. */
    dateTime: 'd MMM yyyy, HH:mm',
  },
  /** The admin's navigation groups. */
  groups: {
    bulletins: 'Bulletins',
    editorial: 'Editorial',
    administration: 'Administration',
  },
  /** Field descriptions and refusals of the collections (their labels stay in the configs, as Payload's). */
  collections: {
    auditLog: {
      appendOnly: 'The audit log is append-only.',
      /** What an entry records, as the history reads it. */
      actions: {
        submit: 'Submitted for review',
        request_changes: 'Changes requested',
        approve: 'Approved',
        publish: 'Published',
        schedule: 'Publication scheduled',
        start_correction: 'Correction started',
        withdraw: 'Withdrawn',
        edit: 'Edited after approval or publication',
        import_published: 'Imported from the archive as published',
        delete: 'Deleted',
        reorder: 'Sections and items reordered',
        merge: 'Contributors merged',
      },
    },
    authors: {
      displayNameDescription: 'Exactly as printed in the credit line, spaces included, e.g. 黄 健.',
      slugDescription: 'Derived from the name when empty.',
      creditedInPublished: ({ name }: { name: string }) =>
        `“${name}” is credited in a published issue, so the printed name and kind are not changed, nor the contributor deleted, in place: published content changes only through a reviewed correction. Enter the corrected name as a new contributor and credit it in a correction, or merge a duplicate into the record to keep.`,
    },
    issues: {
      labelDescription: 'Derived',
      sectionsDescription: 'The sections of this issue in printed order; drag to reorder.',
      numberTaken: ({ number, year }: { number: number; year: number }) => `This series already has issue ${number} of ${year}. Choose another number.`,
      sectionRepeated: 'This section is already in the issue; each section appears once.',
    },
    items: {
      creditRoles: {
        compiled: 'Compiled by',
        written: 'Written by',
        translated: 'Translated by',
        reviewed: 'Reviewed by',
        source: 'Source media',
      },
      creditsDescription: 'In printed order. For items taken over from the media, credit the source organisation.',
      publishedInDescription: 'The paper the item reports on, printed as "published in …".',
      figuresDescription: 'Filled from the images in the body.',
      footnotesDescription: 'Filled from the footnotes in the body.',
      sectionNotInIssue: ({ issue }: { issue: number | string }) =>
        `Issue ${issue} does not include this section. Add the section to the issue first, or pick one of its sections.`,
    },
    media: {
      altDescription: 'What the image shows, for readers who cannot see it.',
      labelDescription: 'e.g. 图 1 or 表 2',
      sourceDescription: 'e.g. 数据来源：…',
      shownInPublished: ({ title }: { title: string }) =>
        `The image “${title}” is shown in a published issue, so it is not changed or deleted in place: published content changes only through a reviewed correction. Upload the new image, put it in the items in a correction, and publish the correction once it is approved.`,
      tooLarge: ({ max, size }: { max: string; size: string }) => `The file is ${size}; uploads may be at most ${max}. Export a smaller image.`,
      notAnImage: ({ name }: { name: string }) => `"${name}" is not a readable image. Upload a PNG, JPEG, WebP or GIF file.`,
      tooManyPixels: ({ height, megapixels, width }: { height: number; megapixels: number; width: number }) =>
        `The image is ${width} × ${height} pixels; at most ${megapixels} megapixels are accepted. Scale it down first.`,
    },
    references: {
      sourceOrganisationDescription: 'e.g. NSF, MIT News, 科技部',
      webNewsNeedsURL: 'A web news reference needs the address of the page.',
      citedInPublished: ({ title }: { title: string }) =>
        `The reference “${title}” is cited in a published issue, so it is not changed or deleted in place: published content changes only through a reviewed correction. Enter the corrected reference as a new one, cite it instead in a correction of the items, and publish the correction once it is approved.`,
      alreadyRecorded: ({ field, id, title }: { field: 'doi' | 'url'; id: number | string; title: string }) =>
        `This ${field.toUpperCase()} is already recorded as reference #${id} "${title}". Cite that reference instead.`,
    },
    reviewComments: {
      onlyAuthorRewords: 'Only the author of a comment can change its wording; you can mark it resolved.',
      noSuchComment: ({ id }: { id: number | string }) => `There is no comment ${id} to reply to.`,
      replyElsewhere: 'A reply must be about the same item or issue as the comment it answers.',
      hasReplies: 'This comment has replies and cannot be deleted; you can mark it resolved.',
    },
    sections: { orderDescription: 'Where the section goes when it is added to an issue; lower comes first.' },
    users: {
      rolesDescription: 'Only administrators assign roles, never their own.',
      rolesOneAtATime: 'Roles are assigned one account at a time, not in a bulk update.',
      notOwnRoles: 'Nobody can change their own roles; ask another administrator.',
      onlyAdminsAssignRoles: 'Only administrators can assign roles.',
    },
    webhookDeliveries: {
      writtenByDeliveries: 'The delivery log is written by the webhook deliveries only.',
      deliveryIDDescription: 'X-Bulletin-Delivery; the same for every attempt of one delivery.',
    },
    webhooks: {
      urlNeeded: 'Enter the address to post events to.',
      secretDescription: 'Signs every delivery (X-Bulletin-Signature). Leave empty to have one generated; give the receiver the same value.',
    },
  },
  /** Reusable fields' descriptions and validation. */
  fields: {
    notAWebAddress: ({ value }: { value: string }) => `"${value}" is not a web address. Enter a full address starting with http:// or https://.`,
    doiDescription: 'e.g. 10.1038/s41586-023-00001-1',
    notADOI: ({ value }: { value: string }) => `"${value}" is not a DOI. A DOI looks like 10.1234/abc (a doi.org link is fine too).`,
    slugDescription: 'Lower-case letters, digits and hyphens. Leave empty to derive it from the title.',
    notASlug: 'A slug may contain only lower-case letters, digits and hyphens.',
    notAnOption: ({ value, allowed }: { value: string; allowed: string[] }) => `"${value}" is not an allowed value. Allowed: ${allowed.join(', ')}.`,
  },
  /** Document locks. */
  locking: { ownNameOnly: 'A document can be locked only in your own name.' },
  /** Why a REST/GraphQL `where` was refused before it reached the database. */
  queries: {
    pointsOnly: ({ operator }: { operator: string }) => `“${operator}” compares places; it works on point fields only.`,
    notADocumentID: ({ shown }: { shown: string }) => `it is compared with ${shown}, which is not a document id.`,
    notADate: ({ shown }: { shown: string }) => `it is compared with ${shown}, which is not a date (write 2026-03-01 or 2026-03-01T08:00:00Z).`,
    notANumber: ({ shown }: { shown: string }) => `it is compared with ${shown}, which is not a number.`,
    filterWrong: ({ path, problem }: { path: string; problem: string }) => `The filter on “${path}” is wrong: ${problem}`,
  },
  /** The server's refusals before Payload sees a request. */
  server: {
    contentLengthNeeded: 'Send the request body with a Content-Length header.',
    bodyTooLarge: ({ declared, max }: { declared: string; max: string }) => `The request body is ${declared}; this API takes at most ${max}.`,
    parameterNotAQuery: ({ name, value }: { name: string; value: string }) => `The “${name}” parameter is neither JSON nor ${name}[field][operator]=value: ${value}`,
    bodyNotAnObject: 'The request body must be a JSON object.',
    payloadFieldNotAnObject: 'The form field “_payload” must be a JSON object.',
    tooManyRequests: ({ seconds }: { seconds: number }) => `Too many requests from your address. Try again in ${seconds} seconds.`,
    anonymousQueueFull: 'Too many anonymous requests to this API are waiting. Try again in a few seconds, or read published content from /delivery/v1.',
  },
  /** The rich text's structure check. */
  richtext: {
    notANode: ({ where }: { where: string }) => `${where} is not an editor node (an object with a “type”).`,
    unknownNodeType: ({ type, where }: { type: string; where: string }) => `${where} has the unknown node type “${type}”.`,
    emptyText: ({ where }: { where: string }) => `${where} is a text node without text.`,
    badLink: ({ url, where }: { url: string; where: string }) => `${where} links to “${url}”, which is not a web, mail or phone address.`,
    unknownBlock: ({ blockType, where }: { blockType: string; where: string }) => `${where} is a block of the unknown kind “${blockType}”.`,
    imageWithoutUpload: ({ where }: { where: string }) => `${where} is an image that names no image of the library.`,
    childrenNotAList: ({ where }: { where: string }) => `${where} has “children” that are not a list.`,
    notADocument: 'This is not an editor document: send Lexical JSON, { "root": { "type": "root", "children": [ … ] } }.',
    tooLarge: ({ depth, nodes }: { depth: number; nodes: number }) => `The document is nested deeper than ${depth} levels or has more than ${nodes} nodes.`,
  },
  /** The staff's print edition of drafts. */
  print: {
    noSuchIssue: ({ id }: { id: string }) => `There is no issue ${id}.`,
    staffOnly: 'The print preview of drafts is for staff.',
    formats: 'The print edition comes as pdf or docx.',
    fontsMissing: ({ missing, searched }: { missing: string[]; searched: string[] }) =>
      `The print edition needs the Noto CJK fonts (${missing.join(', ')} not found in ${searched.join(', ')}). ` +
      `Install Debian's fonts-noto-cjk package (scripts/ensure-browser.sh does it), or set PRINT_FONT_DIRS to the folder that holds them.`,
  },
  /** Bringing an earlier issue in from its Word file, PDF or PDF text (the admin page and the CLI). */
  import: {
    signIn: 'Sign in to import an issue.',
    editorsOnly: 'Importing issues is for editors and administrators.',
    chooseFile: 'Choose the file of the issue to import.',
    chooseSeries: 'Choose the series the issue belongs to.',
    notAFileWeRead: ({ name }: { name: string }) => `“${name}” is not a file the import reads: give a Word file (.docx), a PDF (.pdf) or the text of a PDF (.txt).`,
    unreadable: ({ detail, name }: { detail: string; name: string }) => `“${name}” could not be read (${detail}); nothing was imported.`,
    emptyFile: ({ name }: { name: string }) => `“${name}” is empty.`,
    noItems: ({ name }: { name: string }) => `No items were recognised in “${name}”: is it a bulletin issue? Nothing was imported.`,
    pdf: {
      notAPDF: 'This file is not a PDF that can be read. Export the bulletin from Word as PDF again, or import the .docx.',
      noTextLayer:
        'This PDF has no text layer (it is a scan or consists of images), so there is nothing to import. Import the Word file or a PDF exported from it.',
      passwordProtected: 'This PDF is password-protected. Remove the password and import it again.',
    },
    word: {
      empty: 'The file is empty.',
      isAPDF: 'This file is a PDF, not a Word document: import it as a .pdf file.',
      oldWord: 'This is an old Word 97–2003 (.doc) file, which cannot be read: open it in Word, save it as .docx and import that.',
      notWord: 'This file is not a Word (.docx) document.',
      zipNotWord: 'This is a zip archive but not a Word document: it has no word/document.xml.',
      damaged: ({ detail }: { detail: string }) => `The Word document could not be read; it may be damaged (${detail}).`,
    },
    /** What the recognition asks the editor to check. */
    warnings: {
      noContents: 'No table of contents was found: items were recognised from the layout alone; check where each item starts.',
      contentsEntryMissing: ({ title }: { title: string }) => `The table of contents lists “${title}”, but no item with that title was found in the body.`,
      notInContents: ({ number, title }: { number: number; title: string }) => `Item ${number} (${title}) is not listed in the table of contents.`,
      noCreditLine: ({ number, title }: { number: number; title: string }) => `No credit line after item ${number} (${title}).`,
      ragged: ({ counts, number, table, title }: { counts: number[]; number: number; table: number; title: string }) =>
        `Table ${table} of item ${number} (${title}) has rows with different numbers of cells (${counts.join(', ')}).`,
      markerWithoutNote: ({ item, number }: { item: number | string | undefined; number: number }) => `Footnote marker ${number} (item ${item}) has no footnote text.`,
      noteNeverCited: ({ number }: { number: number }) => `Footnote ${number} is never cited in the text.`,
      leftOut: ({ excerpt }: { excerpt: string }) => `Text outside any item was left out: “${excerpt}”.`,
      coverDisagrees: ({ given, printed }: { given: string; printed: string }) =>
        `The cover says ${printed}, but the import was told ${given}; it is filed as ${given}. Check which is right.`,
      severalPapers: ({ count, journal, number, title }: { count: number; journal: string; number: number; title: string }) =>
        `Item ${number} “${title}” names ${count} original papers; only the first (${journal}) is kept as “published in”, the others stay in the text.`,
      figureWithoutPicture: ({ figure, number, title }: { figure: string; number: number; title: string }) =>
        `Item ${number} “${title}”: ${figure} came without its picture; its caption is in the text, upload the image there.`,
      notAWebAddress: ({ number, url }: { number: number; url: string | undefined }) =>
        `Footnote ${number}: “${url}” is not a web address, so the reference has none; add it by hand.`,
      recordedAsReport: ({ number, title }: { number: number; title: string }) =>
        `Footnote ${number} “${title}” has no web address and does not read as a journal citation: it is recorded as a report; check its kind.`,
      badPublishedIn: ({ bad, number }: { bad: string | undefined; number: number }) =>
        `Item ${number}: “${bad}” in the published-in line is neither a DOI nor a web address, so it was left out.`,
      badCoverDate: ({ day }: { day: string }) => `The date on the cover, “${day}”, is not a date; the issue has none yet.`,
      noCreditLineAfter: ({ number, title }: { number: number; title: string }) => `No credit line after item ${number} “${title}”.`,
    },
    /** The import's progress lines. */
    progress: {
      sections: ({ count, created }: { count: number; created: number }) => `sections: ${count} (${created} new)`,
      footnotes: ({ count }: { count: number }) => `footnotes found: ${count}`,
      references: ({ created, matched }: { created: number; matched: number }) => `references: ${created} new, ${matched} already recorded`,
      item: ({ count, number, title }: { count: number; number: number; title: string }) => `item ${number}/${count} ${title}`,
      publishing: 'publishing the back issue as printed',
    },
    alreadyPublished: ({ title, where }: { title: null | string | undefined; where: string }) =>
      `${title} is already published as issue ${where}: an import never replaces a published issue. Correct it through the workflow instead.`,
    alreadyExists: ({ title, where }: { title: null | string | undefined; where: string }) =>
      `${title} already exists as issue ${where}, so nothing was imported. To rewrite that draft with this file, import again with “replace” (--replace).`,
    yearDigits: 'Give the year as four digits, e.g. 2023.',
    numberRange: 'Give the number within the year, from 1 to 99.',
    notADate: ({ date }: { date: string | undefined }) => `“${date}” is not a date: write it as yyyy-mm-dd, e.g. 2023-01-15.`,
    backIssueAdminsOnly: 'Only administrators bring a back issue in as already published; import it as a draft instead.',
    noSuchSeries: ({ known, slug }: { known: string[]; slug: string }) => `There is no series “${slug}”. Series: ${known.join(', ') || 'none yet'}.`,
  },
  /** Contributor credits: the statistics' and the merge's refusals. */
  credits: {
    signInFirst: 'Sign in first.',
    roleMayNot: ({ roles }: { roles: readonly string[] }) => `Your role may not do this. It is for: ${roles.join(', ')}.`,
    notADate: ({ name, value }: { name: string; value: string }) => `“${name}” must be a date written YYYY-MM-DD, such as 2026-03-31; got “${value}”.`,
    unknownPeriod: ({ period }: { period: string }) => `Unknown period “${period}”: use month, quarter, year or range.`,
    rangeNeedsBoth: 'A custom range needs both “from” and “to” (YYYY-MM-DD).',
    fromOrYear: 'Name the period by “year” or by a day in it (“from”), not both.',
    yearNeedsPart: ({ period, max }: { period: 'month' | 'quarter'; max: number }) => `With “year”, a ${period} also needs “${period}” (1–${max}).`,
    notAWholeNumber: ({ name, value, min, max }: { name: string; value: string; min: number; max: number }) =>
      `“${name}” must be a whole number from ${min} to ${max}; got “${value}”.`,
    fromAfterTo: ({ from, to }: { from: string; to: string }) => `“from” (${from}) is after “to” (${to}).`,
    kinds: { series: 'series', sections: 'section' },
    noSuchSlug: ({ kind, slug }: { kind: string; slug: string }) => `No ${kind} has the slug “${slug}”.`,
    noSuchContributor: ({ id }: { id: number | string }) => `No contributor has the id ${id}.`,
    sayWhichToKeep: 'Say which contributor to keep: { "into": <id> }.',
    notIntoItself: 'A contributor cannot be merged into itself.',
  },
  /** Webhook event names, as the admin lists them. */
  webhooks: {
    events: {
      'issue.published': 'Issue published',
      'issue.corrected': 'Issue corrected',
      'issue.withdrawn': 'Issue withdrawn',
    },
  },
  /** The admin's own components, one section each. */
  creditStats: {
    link: 'Contributor credits',
    title: 'Contributor credits',
    contributor: 'Contributor',
    total: 'Total',
    period: 'Period',
    from: 'From',
    to: 'To',
    series: 'Series',
    section: 'Section',
    all: 'All',
    itemsOf: ({ name }: { name: string }) => `Items credited to ${name}`,
    show: 'Show',
    csv: 'Download CSV',
    none: 'No credited published items in this period.',
    staffOnly: 'For staff only.',
    roles: { compiled: 'Compiled', written: 'Written', translated: 'Translated', reviewed: 'Reviewed', source: 'Source media' },
    periods: { month: 'Month', quarter: 'Quarter', year: 'Year', range: 'Custom range' },
  },
  dashboard: {
    awaiting: 'Awaiting my review',
    changes: 'Changes requested of me',
    current: 'Issues in progress',
    none: 'Nothing here.',
  },
  issueBuilder: {
    tab: 'Builder',
    approvedNote: 'This issue is approved: saving a new order sends it back to planning for a fresh approval.',
    complete: 'Nothing is missing: every item is approved and every source is complete.',
    dragHandle: 'Drag to reorder',
    emptySection: 'No items in this section yet.',
    emptySections: 'Sections without items',
    figuresWithoutCaption: 'Figures without a caption',
    hint: 'Drag sections and the items within them into printed order (or focus a handle and use Space and the arrow keys), then save.',
    itemsNotApproved: 'Items not yet approved',
    loading: 'Loading the issue…',
    locked: 'This issue is no longer in planning or review; its order is final.',
    missing: 'Missing pieces',
    readOnly: 'Only editors and administrators can change the order.',
    referencesWithoutURL: 'References without a URL or DOI',
    reset: 'Undo changes',
    save: 'Save order',
    saved: 'The new order is saved.',
    notSaved: 'The order was not saved: the server could not be reached. Try again in a moment.',
    title: 'Issue builder',
    usedIn: 'in',
    /** What screen readers hear while a row is moved. */
    announce: {
      instructions: 'To move a row, press Space, move it with the arrow keys, press Space again to put it down, or Escape to cancel.',
      pickedUp: ({ title }: { title: string }) => `Picked up “${title}”.`,
      over: ({ other, title }: { other: string; title: string }) => `“${title}” is now at the place of “${other}”.`,
      outside: ({ title }: { title: string }) => `“${title}” is outside the list.`,
      dropped: ({ other, title }: { other: string; title: string }) => `“${title}” was put down at the place of “${other}”.`,
      droppedOutside: ({ title }: { title: string }) => `“${title}” was put down where it was.`,
      cancelled: ({ title }: { title: string }) => `Moving cancelled: “${title}” is back where it was.`,
    },
  },
  issueImport: {
    button: 'Import',
    title: 'Import an issue from the archive',
    hint: 'Upload a Word file (.docx), a PDF (.pdf) or the text of a PDF (.txt), say which issue it is, check what was recognised, then create the draft.',
    file: 'File',
    series: 'Series',
    year: 'Year',
    number: 'Number',
    date: 'Publication date',
    published: 'Already published (back issue, administrators only)',
    replace: 'Replace the existing draft',
    recognise: 'Recognise',
    create: 'Create',
    working: 'Working…',
    structure: 'Recognised structure',
    cover: 'Cover',
    newSection: 'new section',
    editorsNote: "editor's note",
    footnotes: 'footnotes',
    items: 'items',
    tables: 'tables',
    credits: 'Credits',
    noCredit: 'no credit',
    publishedIn: 'published in',
    warnings: 'To check',
    existing: 'This issue already exists; tick “Replace the existing draft” to rewrite it:',
    created: 'The issue is created:',
    open: 'Open the issue',
    references: 'references',
    newOnes: 'new',
    matched: 'already recorded',
    editorsOnly: 'Importing issues is for editors and administrators.',
  },
  printEdition: {
    heading: 'Print edition (newest drafts)',
    pdf: 'Print version (PDF)',
    docx: 'Word file',
    saveFirst: 'Save the issue to see its print edition.',
  },
  quickFilters: {
    heading: 'Quick filters',
    state: 'State',
    issue: 'Issue',
    section: 'Section',
    contributor: 'Contributor',
    any: 'All',
    clear: 'Clear quick filters',
  },
  /**
   * Words Payload's table tools and live preview toolbar show without a translation key of their
   * own; scripts/payload-strings.mjs makes them ask for these (`t('bulletin:table')`). Keys ending
   * in _one/_other are chosen by count, as Payload's own are.
   */
  payloadStrings: {
    table: 'Table',
    tableCreate: 'Insert a table',
    tableRows: 'Rows',
    tableColumns: 'Columns',
    tableMergeCells: 'Merge cells',
    tableUnmergeCells: 'Unmerge cells',
    tableRowStriping: 'Toggle row striping',
    tableFreezeFirstColumn: 'Toggle first column freeze',
    tableInsertRowsAbove_one: 'Insert a row above',
    tableInsertRowsAbove_other: 'Insert {{count}} rows above',
    tableInsertRowsBelow_one: 'Insert a row below',
    tableInsertRowsBelow_other: 'Insert {{count}} rows below',
    tableInsertColumnsLeft_one: 'Insert a column left',
    tableInsertColumnsLeft_other: 'Insert {{count}} columns left',
    tableInsertColumnsRight_one: 'Insert a column right',
    tableInsertColumnsRight_other: 'Insert {{count}} columns right',
    tableDeleteColumn: 'Delete column',
    tableDeleteRow: 'Delete row',
    tableDeleteTable: 'Delete table',
    tableAddRowHeader: 'Make header row',
    tableRemoveRowHeader: 'Remove header row',
    tableAddColumnHeader: 'Make header column',
    tableRemoveColumnHeader: 'Remove header column',
    previewResponsive: 'Responsive',
    previewMobile: 'Mobile',
    previewDesktop: 'Desktop',
    interfaceSettings: 'Interface settings',
    copyURL: 'Copy the address',
    toastRegion: 'Notifications',
    dragBlock: 'Drag to move',
    addBlock: 'Add a block',
    insertParagraph: 'Insert a paragraph at the end',
    editLink: 'Edit link',
    removeLink: 'Remove link',
    toolbarMenu: '{{name}} menu',
    toolbarGroup_add: 'Insert',
    toolbarGroup_inlineBlocks: 'Inline elements',
    toolbarGroup_text: 'Text style',
    toolbarGroup_align: 'Alignment',
  },
  /** A footnote marker in the body editor. */
  footnoteChip: {
    number: ({ number }: { number: number }) => `Note ${number}`,
    unnumbered: 'Note',
    noSource: 'No source chosen',
    numberingNote: 'Numbered within this item; a published issue numbers its footnotes across all its items.',
    details: 'Source',
    openReference: 'Open the reference',
    doi: ({ doi }: { doi: string }) => `DOI: ${doi}`,
  },
  reviewThread: {
    add: 'Add comment',
    heading: 'Review comments',
    none: 'No comments yet.',
    placeholder: 'A remark for the editor or reviewer (does not change the state)',
    resolve: 'Mark resolved',
    resolved: 'Resolved',
    unknownAuthor: 'Unknown',
    commentOnPassage: ({ length }: { length: number }) => `Comment on the selected passage (${length} characters)`,
    dropPassage: 'Do not quote the passage',
    showPassage: 'Show the passage in the text',
    reply: 'Reply',
    replyTo: ({ name }: { name: string }) => `Reply to ${name}`,
    replyPlaceholder: 'Reply… type @ to mention a colleague',
    sendReply: 'Send reply',
    cancelReply: 'Cancel',
    mentionList: 'Mention a colleague',
    mentionHint: 'Type @ to mention a colleague; they get a mail and a notice under the bell.',
  },
  /** What changed since the last review, in the review panel. */
  changes: {
    heading: 'Changes since the last review',
    since: ({ action, at, by }: { action: string; at: string; by: string }) => `Compared with the version at “${action}” by ${by}, ${at}.`,
    firstReview: 'Not reviewed before: there is no earlier version to compare with.',
    none: 'Nothing has changed since then.',
    footnote: ({ title }: { title: string }) => `[note: ${title}]`,
    figure: ({ title }: { title: string }) => `[figure: ${title}]`,
    credit: ({ name, role }: { name: string; role: string }) => `${name}, credited as ${role}`,
    fields: {
      title: 'Title',
      titleEn: 'English title',
      section: 'Section',
      summary: 'Summary',
      body: 'Body',
      footnotes: 'Footnotes and their sources',
      credits: 'Credits',
      publishedIn: 'Published in',
      publicationDate: 'Publication date',
      sections: 'Sections in order',
      editorsNotes: "Editor's notes",
    },
  },
  /** Assignments, deadlines and their reminders. */
  deadlines: {
    assignedDescription: 'Listed on this reviewer’s dashboard among the reviews waiting for them; unassigned, every reviewer sees it.',
    due: ({ date }: { date: string }) => `due ${date}`,
    overdue: ({ date }: { date: string }) => `overdue since ${date}`,
  },
  /** The bell in the admin's header. */
  notifications: {
    heading: 'Notifications',
    bell: ({ count }: { count: number }) => `Notifications: ${count} unread`,
    none: 'Nothing new.',
    allRead: 'Mark all as read',
  },
  /** The product's name, on the sign-in page in both languages. */
  brand: { name: 'Bulletin CMS' },
  /** The 版本 tab: every version of an item or issue with the workflow event that made it. */
  versionHistory: {
    heading: 'Versions',
    intro: 'Each version with the workflow event that made it; open one to compare it with another or restore it.',
    when: 'When',
    event: 'Event',
    by: 'By',
    state: 'Workflow state',
    copy: 'Publication',
    saved: 'Saved',
    draft: 'Draft',
    published: 'Published',
    current: 'current',
    none: 'No versions yet.',
    newer: 'Newer versions',
    older: 'Older versions',
    page: ({ page, pages }: { page: number; pages: number }) => `Page ${page} of ${pages}`,
  },
  workflowHistory: {
    heading: 'History',
    none: 'Nothing has happened to it in the workflow yet.',
    system: 'The system',
  },
  workflowPanel: {
    comment: 'Comment (required to request changes)',
    publishAt: 'Publish at',
    reason: 'Reason (required)',
    saveFirst: 'Save the document to start its workflow.',
    state: 'Workflow',
    publishedThroughWorkflow: 'Published through the workflow',
    unavailable: ({ action, reason }: { action: string; reason: string }) => `${action}: not now. ${reason}`,
    /** What happened, said once the server has done it. */
    done: {
      submit: 'Submitted for review; a reviewer will take it from here.',
      request_changes: 'Sent back to the editor with your comment.',
      approve: 'Approved.',
      publish: 'Published: the issue and its items are now public.',
      schedule: 'Publication scheduled.',
      start_correction: 'Correction started: the published version stays public until the correction is published.',
      withdraw: 'Withdrawn: the issue is no longer public.',
    },
    confirmPublish: {
      heading: 'Publish this issue?',
      summary: ({ footnotes, items, sections }: { footnotes: number; items: number; sections: number }) =>
        `${items} items in ${sections} sections, ${footnotes} footnotes, go public at once and reach partner sites.`,
      preview: 'Check the print version (PDF) first',
      confirm: 'Publish now',
      cancel: 'Cancel',
    },
  },
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
      correction_review: 'Correction in review',
      correction_approved: 'Correction approved',
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
    statusIsTheWorkflows: 'The workflow sets _status: leave it out, or send "draft".',
    correctionNeedsReview:
      "The issue's own text (its title, date, sections or editor's notes) has changed since it was published: submit the correction for review, and publish it once it is approved.",
    restoreAsDraft: 'Published content changes only through review: restore the version as a draft (draft=true), then submit it for review.',
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
      deadlineTomorrow: 'Copy deadline tomorrow',
      reviewDueTomorrow: 'Review due tomorrow',
      mentioned: 'Mentioned you in a review comment',
      replied: 'Replied to your review comment',
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
