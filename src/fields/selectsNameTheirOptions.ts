import { type Field, type Plugin, type SelectFieldValidation, validations } from 'payload'

import { inRequestLanguage, translated } from '../i18n'

const optionValue = (option: string | { value: string }) => (typeof option === 'string' ? option : option.value)

/**
 * Payload's check of a select field, saying which values are allowed when one is not: someone
 * writing over the API (a credit role, a reference kind) learns what to send from the answer.
 */
const namingOptions: SelectFieldValidation = (value, args) => {
  const verdict = validations.select(value, args)
  if (verdict === true) return true
  const allowed = args.options.map(optionValue)
  const unknown = (Array.isArray(value) ? value : [value]).find((given) => given != null && !allowed.includes(given))
  if (unknown === undefined) return verdict
  return inRequestLanguage(args.req, translated((m) => m.fields.notAnOption({ value: String(unknown), allowed })))
}

function withNamedOptions(fields: Field[]): Field[] {
  return fields.map((field) => {
    if (field.type === 'select') return field.validate ? field : { ...field, validate: namingOptions }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withNamedOptions(tab.fields) })) }
    if (field.type === 'blocks') return { ...field, blocks: field.blocks.map((block) => ({ ...block, fields: withNamedOptions(block.fields) })) }
    if ('fields' in field) return { ...field, fields: withNamedOptions(field.fields) } as Field
    return field
  })
}

/** Every select field of every collection and global names its allowed values when given another. */
export const selectsNameTheirOptions: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({ ...collection, fields: withNamedOptions(collection.fields) })),
  globals: config.globals?.map((global) => ({ ...global, fields: withNamedOptions(global.fields) })),
})
