import { randomBytes } from 'node:crypto'

import type { CollectionConfig, FieldHook, TextFieldSingleValidation } from 'payload'

import { isAdmin, isAdminField } from '../../access/isAdmin'
import { validateURL } from '../../src/fields/identifiers'
import { inRequestLanguage, translated } from '../../src/i18n'
import { publicationEventTypes } from '../../src/publication/events'
import { publicationEventOptions } from '../../src/webhooks/eventLabels'

const trimmed: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim() : value)

/** A webhook saved without a secret gets a random one, so that every delivery can be signed. */
const secretWhenEmpty: FieldHook = ({ value }) =>
  typeof value === 'string' && value.trim() ? value.trim() : randomBytes(32).toString('hex')

// The address is used exactly as entered (not through urlField's normalising, which drops query
// parameters such as `from` that a receiver may depend on).
const requiredURL: TextFieldSingleValidation = (value, { req }) =>
  value
    ? validateURL(value, req)
    : inRequestLanguage(req, translated((m) => m.collections.webhooks.urlNeeded))

/** Receivers outside the CMS told about publication, correction and withdrawal (src/webhooks). */
export const Webhooks: CollectionConfig = {
  slug: 'webhooks',
  labels: {
    singular: { en: 'Webhook', zh: 'Webhook 推送' },
    plural: { en: 'Webhooks', zh: 'Webhook 推送' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'url', 'events', 'active'],
    group: translated((m) => m.groups.administration),
  },
  access: { create: isAdmin, delete: isAdmin, read: isAdmin, update: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Name', zh: '名称' } },
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { en: 'Endpoint URL', zh: '接收网址' },
      hooks: { beforeValidate: [trimmed] },
      validate: requiredURL,
    },
    {
      name: 'secret',
      type: 'text',
      label: { en: 'Signing secret', zh: '签名密钥' },
      access: { read: isAdminField },
      hooks: { beforeValidate: [secretWhenEmpty] },
      admin: {
        description: translated((m) => m.collections.webhooks.secretDescription),
      },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: [...publicationEventTypes],
      label: { en: 'Events', zh: '推送事件' },
      options: publicationEventOptions,
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Active', zh: '启用' } },
  ],
}
