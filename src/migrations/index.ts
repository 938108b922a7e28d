import * as migration_20261125_172150_initial from './20261125_172150_initial';
import * as migration_20261125_175837_workflow from './20261125_175837_workflow';
import * as migration_20261125_183533_webhooks from './20261125_183533_webhooks';
import * as migration_20261125_184557_media_visibility from './20261125_184557_media_visibility';
import * as migration_20261203_132715_public_record_and_writers from './20261203_132715_public_record_and_writers';
import * as migration_20261205_144826_media_storage_fields from './20261205_144826_media_storage_fields';
import * as migration_20261205_150538_search_and_coordination from './20261205_150538_search_and_coordination';
import * as migration_20261205_171836_notifications from './20261205_171836_notifications';
import * as migration_20261205_173127_assignments_and_deadlines from './20261205_173127_assignments_and_deadlines';
import * as migration_20261205_190303_review_comment_threads from './20261205_190303_review_comment_threads';
import * as migration_20261205_193126_workflow_events_on_versions from './20261205_193126_workflow_events_on_versions';

export const migrations = [
  {
    up: migration_20261125_172150_initial.up,
    down: migration_20261125_172150_initial.down,
    name: '20261125_172150_initial',
  },
  {
    up: migration_20261125_175837_workflow.up,
    down: migration_20261125_175837_workflow.down,
    name: '20261125_175837_workflow',
  },
  {
    up: migration_20261125_183533_webhooks.up,
    down: migration_20261125_183533_webhooks.down,
    name: '20261125_183533_webhooks',
  },
  {
    up: migration_20261125_184557_media_visibility.up,
    down: migration_20261125_184557_media_visibility.down,
    name: '20261125_184557_media_visibility',
  },
  {
    up: migration_20261203_132715_public_record_and_writers.up,
    down: migration_20261203_132715_public_record_and_writers.down,
    name: '20261203_132715_public_record_and_writers',
  },
  {
    up: migration_20261205_144826_media_storage_fields.up,
    down: migration_20261205_144826_media_storage_fields.down,
    name: '20261205_144826_media_storage_fields',
  },
  {
    up: migration_20261205_150538_search_and_coordination.up,
    down: migration_20261205_150538_search_and_coordination.down,
    name: '20261205_150538_search_and_coordination',
  },
  {
    up: migration_20261205_171836_notifications.up,
    down: migration_20261205_171836_notifications.down,
    name: '20261205_171836_notifications',
  },
  {
    up: migration_20261205_173127_assignments_and_deadlines.up,
    down: migration_20261205_173127_assignments_and_deadlines.down,
    name: '20261205_173127_assignments_and_deadlines',
  },
  {
    up: migration_20261205_190303_review_comment_threads.up,
    down: migration_20261205_190303_review_comment_threads.down,
    name: '20261205_190303_review_comment_threads',
  },
  {
    up: migration_20261205_193126_workflow_events_on_versions.up,
    down: migration_20261205_193126_workflow_events_on_versions.down,
    name: '20261205_193126_workflow_events_on_versions'
  },
];
