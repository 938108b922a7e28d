import { periods } from '../credits/creditStats'
import { transitionsFor } from '../workflow/transitions'
import type { WorkflowCollection } from '../workflow/states'
import { idParameter, json, jsonBody, ref } from './parts'

const query = (name: string, schema: object, description: string) => ({ name, in: 'query', required: false, schema, description })
const refusals = { '400': json(ref('Errors'), 'Bad input, with what to fix'), '403': json(ref('Errors'), 'Not allowed for this role'), '409': json(ref('Errors'), 'Not in a state for it') }

function workflowPaths(collection: WorkflowCollection) {
  const actions = [...new Set(transitionsFor(collection).map((transition) => transition.action))]
  return {
    [`/${collection}/{id}/changes`]: {
      get: {
        tags: ['workflow'],
        summary: 'What changed since the last review (request for changes, approval, publication), field by field as text, diffed',
        parameters: [idParameter],
        responses: {
          '200': json({
            type: 'object',
            properties: {
              since: { type: 'object', properties: { action: { type: 'string' }, at: { type: 'string', format: 'date-time' }, by: { type: ['string', 'null'] } } },
              changes: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    field: { type: 'string' },
                    parts: { type: 'array', items: { type: 'object', properties: { text: { type: 'string' }, added: { type: 'boolean' }, removed: { type: 'boolean' } }, required: ['text'] } },
                  },
                },
              },
            },
          }),
        },
      },
    },
    [`/${collection}/{id}/workflow`]: {
      get: {
        tags: ['workflow'],
        summary: `The ${collection === 'items' ? 'item' : 'issue'}'s workflow state, the actions that will succeed for you, and those that would be refused now, with why`,
        parameters: [idParameter],
        responses: {
          '200': json({
            type: 'object',
            properties: {
              workflowState: { type: 'string' },
              actions: { type: 'array', items: { type: 'object', properties: { action: { enum: actions }, label: ref('Translated'), needsComment: { type: 'boolean' }, needsReason: { type: 'boolean' } } } },
              unavailable: { type: 'array', items: { type: 'object', properties: { action: { enum: actions }, label: ref('Translated'), reason: { type: 'string' } } } },
              publication: { type: 'object', description: 'When the issue can be published: what publishing it makes public.', properties: { items: { type: 'integer' }, sections: { type: 'integer' }, footnotes: { type: 'integer' } } },
            },
          }),
        },
      },
      post: {
        tags: ['workflow'],
        summary: 'Takes a workflow action (the only way to change the state; the four-eyes rule applies to approval)',
        parameters: [idParameter],
        requestBody: jsonBody(
          {
            type: 'object',
            properties: {
              action: { enum: actions },
              comment: { type: 'string', description: 'Required for request_changes; kept as a review comment.' },
              quote: { type: 'string', description: 'The passage the comment is about.' },
              reason: { type: 'string', description: 'Required for withdraw.' },
              publishAt: { type: 'string', format: 'date-time', description: 'For schedule.' },
            },
            required: ['action'],
          },
          { action: 'submit' },
        ),
        responses: { '200': json({ type: 'object', properties: { doc: { type: 'object' }, workflowState: { type: 'string' } } }), ...refusals },
      },
    },
  }
}

const statsParameters = [
  query('period', { enum: periods }, 'month, quarter, year (default) or range.'),
  query('year', { type: 'integer' }, 'Names the period with `quarter` or `month`; e.g. period=year&year=2023.'),
  query('quarter', { type: 'integer', minimum: 1, maximum: 4 }, 'With year, for period=quarter.'),
  query('month', { type: 'integer', minimum: 1, maximum: 12 }, 'With year, for period=month.'),
  query('from', { type: 'string', format: 'date' }, 'A day in the period, or the first day of a range.'),
  query('to', { type: 'string', format: 'date' }, 'The last day of a range.'),
  query('series', { type: 'string' }, "A series' slug."),
  query('section', { type: 'string' }, "A section's slug."),
]

/** Our endpoints beside Payload's own REST routes. */
export function customPaths() {
  return {
    ...workflowPaths('items'),
    ...workflowPaths('issues'),
    '/issues/{id}/outline': {
      get: { tags: ['issue builder'], summary: 'Sections and items in printed order, with the missing pieces', parameters: [idParameter], responses: { '200': json({ type: 'object' }) } },
    },
    '/issues/{id}/order': {
      post: {
        tags: ['issue builder'],
        summary: 'Puts the sections and items in this order (all of them, each once); answers the new outline',
        parameters: [idParameter],
        requestBody: jsonBody(
          {
            type: 'object',
            properties: { sections: { type: 'array', items: { type: 'integer' } }, items: { type: 'object', additionalProperties: { type: 'array', items: { type: 'integer' } }, description: 'Per section id, its item ids in order.' } },
            required: ['sections', 'items'],
          },
          { sections: [3, 1], items: { '3': [12, 10], '1': [11] } },
        ),
        responses: { '200': json({ type: 'object' }), ...refusals },
      },
    },
    '/issues/{id}/print/{format}': {
      get: {
        tags: ['print'],
        summary: 'The printed edition from the newest drafts, marked 草稿 (staff)',
        parameters: [idParameter, { name: 'format', in: 'path', required: true, schema: { enum: ['pdf', 'docx'] } }],
        responses: { '200': { description: 'The PDF or Word file', content: { 'application/pdf': {}, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {} } } },
      },
    },
    '/issues/import': {
      post: {
        tags: ['import'],
        summary: 'Brings an earlier issue in from a .docx, .pdf or .txt file: without confirm, what was recognised; with it, the draft issue',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: { file: { type: 'string', format: 'binary' }, _payload: { type: 'string', description: 'JSON: { series, year, number, date?, published?, replace?, confirm? }' } },
                required: ['file', '_payload'],
              },
            },
          },
        },
        responses: { '200': json({ type: 'object' }, 'What was recognised'), '201': json({ type: 'object' }, 'Imported'), ...refusals },
      },
    },
    '/authors/credit-stats': {
      get: { tags: ['credits'], summary: 'Credited published items per contributor and role in a period', parameters: statsParameters, responses: { '200': json({ type: 'object' }), ...refusals } },
    },
    '/authors/credit-stats.csv': {
      get: { tags: ['credits'], summary: 'The same as CSV for Excel', parameters: statsParameters, responses: { '200': { description: 'CSV', content: { 'text/csv': {} } } } },
    },
    '/authors/{id}/credited-items': {
      get: { tags: ['credits'], summary: "One contributor's credited published items in the period", parameters: [idParameter, ...statsParameters], responses: { '200': json({ type: 'object' }) } },
    },
    '/authors/{id}/merge': {
      post: {
        tags: ['credits'],
        summary: 'Merges this contributor (a duplicate) into another, moving every credit',
        parameters: [idParameter],
        requestBody: jsonBody({ type: 'object', properties: { into: { type: 'integer' } }, required: ['into'] }),
        responses: { '200': json({ type: 'object' }), ...refusals },
      },
    },
  }
}
