import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { translated } from '../../src/i18n'
import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { isDeliveryLogWrite } from '../../src/webhooks/deliveryLog'
import { publicationEventOptions } from '../../src/webhooks/eventLabels'
import { FORBIDDEN, RequestError } from '../../src/lib/RequestError'

/** Even server code that skips access control records attempts only through src/webhooks. */
const onlyDeliveryAppends: CollectionBeforeChangeHook = ({ context, data, operation, req }) => {
  if (operation === 'create' && isDeliveryLogWrite(context)) return data
  throw new RequestError(req, FORBIDDEN, translated((m) => m.collections.webhookDeliveries.writtenByDeliveries))
}

/** One entry per attempt to deliver a webhook (createdAt is when it was made). */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: {
    singular: { en: 'Webhook delivery', zh: '推送记录' },
    plural: { en: 'Webhook deliveries', zh: '推送记录' },
  },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'deliveryID',
    defaultColumns: ['createdAt', 'webhook', 'eventType', 'issueID', 'attempt', 'responseStatus', 'delivered'],
    group: translated((m) => m.groups.administration),
  },
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  hooks: { beforeChange: [onlyDeliveryAppends] },
  fields: [
    { name: 'webhook', type: 'relationship', relationTo: 'webhooks', index: true, label: { en: 'Webhook', zh: 'Webhook 推送' } },
    {
      name: 'deliveryID',
      type: 'text',
      required: true,
      index: true,
      label: { en: 'Delivery', zh: '推送编号' },
      admin: { description: translated((m) => m.collections.webhookDeliveries.deliveryIDDescription) },
    },
    { name: 'eventType', type: 'select', required: true, options: publicationEventOptions, label: { en: 'Event', zh: '事件' } },
    { name: 'issueID', type: 'text', required: true, index: true, label: { en: 'Issue', zh: '期刊编号' } },
    { name: 'attempt', type: 'number', required: true, label: { en: 'Attempt', zh: '第几次尝试' } },
    { name: 'delivered', type: 'checkbox', required: true, label: { en: 'Delivered', zh: '已送达' } },
    { name: 'responseStatus', type: 'number', label: { en: 'Response status', zh: '响应状态码' } },
    { name: 'durationMs', type: 'number', label: { en: 'Duration (ms)', zh: '耗时（毫秒）' } },
    { name: 'error', type: 'text', label: { en: 'Error', zh: '错误' } },
    { name: 'responseExcerpt', type: 'textarea', label: { en: 'Response (beginning)', zh: '响应内容（开头部分）' } },
    { name: 'requestBody', type: 'textarea', label: { en: 'Request body as signed', zh: '请求正文（签名原文）' } },
  ],
}
