import type { Field } from 'payload'

type Schema = Record<string, unknown>
type Label = string | Record<string, string> | false | undefined | ((...args: never[]) => unknown)

const id = { oneOf: [{ type: 'integer' }, { type: 'string' }] }
export const RICH_TEXT_REF = { $ref: '#/components/schemas/RichText' }

/** "中文 / English" from a field's label, as the admin shows it in each language. */
function titleOf(label: Label): string | undefined {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return [label.zh, label.en].filter(Boolean).join(' / ')
  return undefined
}

function optionValues(options: Array<string | { value: string }>): string[] {
  return options.map((option) => (typeof option === 'string' ? option : option.value))
}

const many = (schema: Schema, hasMany: boolean | undefined) => (hasMany ? { type: 'array', items: schema } : schema)

function relationSchema(relationTo: string | string[], hasMany: boolean | undefined): Schema {
  const one = Array.isArray(relationTo)
    ? { type: 'object', properties: { relationTo: { enum: relationTo }, value: id }, required: ['relationTo', 'value'] }
    : { ...id, description: `The id of a document in \`${relationTo}\` (or, read at depth ≥ 1, the document).` }
  return many(one, hasMany)
}

/** The JSON Schema of one field's value; undefined for fields that hold no data (ui, joins). */
function valueSchema(field: Field): Schema | undefined {
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return many({ type: 'string' }, 'hasMany' in field ? field.hasMany : false)
    case 'number':
      return many({ type: 'number' }, field.hasMany)
    case 'checkbox':
      return { type: 'boolean' }
    case 'date':
      return { type: 'string', format: 'date-time' }
    case 'select':
      return many({ enum: optionValues(field.options) }, field.hasMany)
    case 'radio':
      return { enum: optionValues(field.options) }
    case 'relationship':
    case 'upload':
      return relationSchema(field.relationTo, field.hasMany)
    case 'richText':
      return RICH_TEXT_REF
    case 'json':
      return {}
    case 'point':
      return { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }
    case 'array':
      return { type: 'array', items: objectSchema(field.fields) }
    case 'group':
      return objectSchema(field.fields)
    case 'blocks':
      return {
        type: 'array',
        items: {
          oneOf: field.blocks.map((block) => {
            const schema = objectSchema(block.fields)
            return { ...schema, properties: { blockType: { const: block.slug }, ...(schema.properties as Schema) }, required: ['blockType', ...(schema.required as string[])] }
          }),
        },
      }
    default:
      return undefined
  }
}

/** The properties fields contribute to their document: rows, collapsibles, unnamed groups and tabs add their fields' own. */
function properties(fields: Field[]): { properties: Schema; required: string[] } {
  const found: Schema = {}
  const required: string[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) found[tab.name] = objectSchema(tab.fields)
        else Object.assign(found, properties(tab.fields).properties)
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) {
        const inner = properties(field.fields)
        Object.assign(found, inner.properties)
        required.push(...inner.required)
      }
      continue
    }
    const schema = valueSchema(field)
    if (!schema) continue
    const admin = (field.admin ?? {}) as { readOnly?: boolean; description?: unknown }
    const description = typeof admin.description === 'string' ? admin.description : undefined
    found[field.name] = {
      ...schema,
      ...(titleOf(field.label as Label) ? { title: titleOf(field.label as Label) } : {}),
      ...(description ? { description } : {}),
      ...(admin.readOnly ? { readOnly: true } : {}),
    }
    if ('required' in field && field.required && !admin.readOnly) required.push(field.name)
  }
  return { properties: found, required }
}

/** A document (or a group, an array row, a block) as JSON Schema. */
export function objectSchema(fields: Field[]): Schema {
  const { properties: found, required } = properties(fields)
  return { type: 'object', properties: found, ...(required.length ? { required } : { required: [] }) }
}
