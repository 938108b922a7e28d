import './lib/loadEnv'

import path from 'node:path'

import { buildConfig, type Config } from 'payload'

import { isAdminUser } from '../access/isAdmin'
import { AuditLog } from '../collections/AuditLog'
import { Authors } from '../collections/Authors'
import { Issues } from '../collections/Issues'
import { Items } from '../collections/Items'
import { Media } from '../collections/Media'
import { References } from '../collections/References'
import { Notifications } from '../collections/Notifications'
import { ReviewComments } from '../collections/ReviewComments'
import { Sections } from '../collections/Sections'
import { Series } from '../collections/Series'
import { Users } from '../collections/Users'
import { WebhookDeliveries } from '../collections/WebhookDeliveries'
import { Webhooks } from '../collections/Webhooks'
import { JobsLease } from '../globals/JobsLease'
import { PublicationState } from '../globals/PublicationState'
import { deadlineRemindersTask, REMINDERS_QUEUE } from './deadlines/reminders'
import { selectsNameTheirOptions } from './fields/selectsNameTheirOptions'
import { ADMIN_DATE_FORMAT } from './i18n/dateTime'
import { customTranslations, fallbackLanguage, supportedLanguages } from './i18n/translations'
import { clientErrorsAsInfo } from './lib/clientErrorsAsInfo'
import { databaseAdapter } from './lib/database'
import { emailAdapter } from './lib/email'
import { guardCollections } from './lib/guardCollections'
import { holdsJobsLease } from './lib/jobsLease'
import { payloadSecret, projectRoot, serverURL } from './lib/env'
import { sharpOnDemand } from './lib/sharpOnDemand'
import { shareSqliteConnections } from './lib/sqliteConnections'
import { uploadLimits } from './lib/uploadLimits'
import { bulletinEditor } from './richtext/editor'
// Keeps the search index with the public record, in every process that publishes.
import './search'
import { staffAPIDocsEndpoints } from './staffApi/endpoints'
import { mediaStorage } from './storage/plugin'
import { deliverWebhookTask } from './webhooks/deliverJob'
// Also subscribes webhook deliveries to publication events, in every process that loads this config.
import { WEBHOOKS_QUEUE } from './webhooks/queueDeliveries'
import { publishScheduledIssueTask } from './workflow/publishJob'
import { PUBLISHING_QUEUE } from './workflow/effects/scheduleIssue'

// From the project root, where every process runs: the bundled server is not beside these sources.
const srcDirectory = path.join(projectRoot, 'src')

export default guardCollections(buildConfig({
  secret: payloadSecret(),
  serverURL: serverURL(),
  db: await databaseAdapter(),
  onInit: shareSqliteConnections,
  editor: bulletinEditor,
  sharp: sharpOnDemand,
  collections: [Series, Issues, Sections, Items, Authors, References, Media, ReviewComments, Notifications, AuditLog, Users, Webhooks, WebhookDeliveries],
  globals: [PublicationState, JobsLease],
  plugins: [mediaStorage(), selectsNameTheirOptions],
  email: emailAdapter(),
  endpoints: staffAPIDocsEndpoints,
  jobs: {
    tasks: [publishScheduledIssueTask, deliverWebhookTask, deadlineRemindersTask],
    access: { cancel: isAdminUser, queue: isAdminUser, run: isAdminUser },
    // The server publishes scheduled issues, delivers webhooks and sends the day-before reminders; tests and one-off scripts run the queue themselves.
    autoRun: [PUBLISHING_QUEUE, WEBHOOKS_QUEUE, REMINDERS_QUEUE].map((queue) => ({ cron: process.env.JOBS_CRON || '*/15 * * * * *', queue })),
    // One server at a time runs them, however many share the database.
    shouldAutoRun: async (payload) => process.env.JOBS_AUTORUN !== 'false' && (await holdsJobsLease(payload)),
  },
  admin: {
    user: Users.slug,
    dateFormat: ADMIN_DATE_FORMAT,
    components: {
      actions: ['/components/NotificationBell#NotificationBell'],
      afterNavLinks: ['/components/CreditStatsLink#CreditStatsLink'],
      graphics: { Icon: '/components/Brand#BrandIcon', Logo: '/components/Brand#BrandLogo' },
      beforeDashboard: ['/components/EditorialDashboard#EditorialDashboard'],
      views: { creditStats: { Component: '/components/CreditStatsView#CreditStatsView', path: '/credit-stats' } },
    },
    livePreview: {
      collections: ['issues', 'items'],
      url: ({ collectionConfig, data }) => (data?.id ? `${serverURL()}/preview/${collectionConfig?.slug}/${data.id}` : null),
      // Translation keys: the toolbar translates its labels once scripts/payload-strings.mjs taught it to.
      breakpoints: [
        { label: 'bulletin:previewMobile', name: 'mobile', width: 390, height: 844 },
        { label: 'bulletin:previewDesktop', name: 'desktop', width: 1280, height: 900 },
      ],
    },
    // Gravatar would send staff e-mail hashes to a third party and fails on an offline office network.
    avatar: 'default',
    importMap: { baseDir: srcDirectory },
    meta: { titleSuffix: ' · 简报编辑系统 Bulletin CMS' },
  },
  i18n: {
    fallbackLanguage,
    supportedLanguages,
    translations: customTranslations,
  },
  upload: {
    // Our own check answers an oversize file with a clear 400; the parser only stops runaway uploads.
    abortOnLimit: false,
    limits: { fileSize: uploadLimits.maxBytes + 1 },
  },
  logger: { options: { hooks: { logMethod: clientErrorsAsInfo }, level: process.env.LOG_LEVEL || 'info' } },
  // Refusals a client caused are a line in the log, not an error with a stack trace. Payload looks
  // levels up by error name, ours included, though its type lists only its own.
  loggingLevels: { AuthenticationError: 'info', LockedAuth: 'info', QueryError: 'info', RequestError: 'info' } as Config['loggingLevels'],
  // Generated on purpose with `npm run generate` (and checked by the tests), never as a side effect of a start.
  typescript: { autoGenerate: false, outputFile: path.resolve(srcDirectory, 'payload-types.ts') },
}))
